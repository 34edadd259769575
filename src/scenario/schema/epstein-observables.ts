// The observables of Epstein's two models (computed in src/engine/models/civil-violence and
// inter-group): what each measures and its kind of quantity. A test keeps these names equal to the
// engine's columns.
import {
  CITIZENS,
  CITIZENS_PER_TICK,
  EVENTS_PER_TICK,
  INDEX,
  type ObservableRegistry,
  PERSONNEL,
} from './observable-info.ts'

export const CIVIL_VIOLENCE_OBSERVABLE_INFO: ObservableRegistry = {
  quiescent: { label: 'Quiet citizens', definition: 'Free citizens who are quiet', quantity: CITIZENS },
  active: { label: 'Active citizens', definition: 'Active citizens', quantity: CITIZENS },
  jailed: { label: 'Jailed citizens', definition: 'Jailed citizens', quantity: CITIZENS },
  cops: { label: 'Cops', definition: 'Cops on the grid', quantity: PERSONNEL },
  legitimacy: { label: 'Legitimacy', definition: 'L in force this tick', quantity: INDEX },
  arrests: {
    label: 'Arrests',
    definition: 'Arrests made this tick (including arrests with a zero term)',
    quantity: EVENTS_PER_TICK,
  },
}

const group = (name: 'blue' | 'green'): ObservableRegistry => ({
  [`${name}.population`]: {
    label: `${name} population`,
    definition: 'Living agents of the group, jailed included',
    quantity: CITIZENS,
  },
  [`${name}.active`]: {
    label: `${name} active`,
    definition: 'Active agents of the group',
    quantity: CITIZENS,
  },
  [`${name}.jailed`]: {
    label: `${name} jailed`,
    definition: 'Jailed agents of the group',
    quantity: CITIZENS,
  },
  [`${name}.killed`]: {
    label: `${name} killed`,
    definition: 'Agents of the group killed this tick',
    quantity: CITIZENS_PER_TICK,
  },
})

export const INTER_GROUP_OBSERVABLE_INFO: ObservableRegistry = {
  ...group('blue'),
  ...group('green'),
  peacekeepers: { label: 'Peacekeepers', definition: 'Peacekeepers on the grid', quantity: PERSONNEL },
  legitimacy: {
    label: 'Legitimacy',
    definition: "The legitimacy each group grants the other's right to exist, in force this tick",
    quantity: INDEX,
  },
  arrests: { label: 'Arrests', definition: 'Arrests made this tick', quantity: EVENTS_PER_TICK },
}
