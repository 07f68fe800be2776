'use client'
import type { CalendarText } from './text'
import type { Person } from './useManagedPeople'

/** For managers: whose calendar to show, the manager's own, one member's or the whole team's. */
export function PersonPicker({
  people,
  viewed,
  onChange,
  text,
}: {
  people: Person[]
  viewed: string
  onChange: (viewed: string) => void
  text: CalendarText
}) {
  return (
    <label className="calendar__person">
      {text.whose}
      <select id="calendar-user" className="calendar__select" value={viewed} onChange={(e) => onChange(e.target.value)}>
        <option value="">{text.me}</option>
        {people.map((person) => (
          <option key={person.id} value={String(person.id)}>
            {person.name}
          </option>
        ))}
        <option value="team">{text.wholeTeam}</option>
      </select>
    </label>
  )
}
