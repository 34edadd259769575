// The scenario schema's entry point; the kinds live in ./schema/. No mathjs here.
export * from './schema/index.ts'
