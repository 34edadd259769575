// The unit test files that replace a module with `vi.mock`. The `unit` project shares loaded
// modules between its files (isolate: false), where a mock would not take; these files run in a
// project of their own, isolated (vite.config.ts). test/suite/isolation.test.ts keeps the list true.
export const MOCKING_FILES = ['test/scenario/schedule.test.ts']
