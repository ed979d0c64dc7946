/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The form's fields and validation: every field of a function's inventory line, grouped by process group; decimal
// comma; the domain's messages in plain words, tied to their fields; the first-line section for enhetschefer only.
import { fireEvent, screen, within } from '@testing-library/react';
import { PEOPLE, chef } from '../../e2e/lib/managerSite';
import { useDebounceTimers } from './support/app';
import { description, field, renderForm, section } from './support/form';

jest.setTimeout(30_000);
beforeEach(() => useDebounceTimers());
afterEach(() => jest.useRealTimers());

function type(input: HTMLElement, text: string): void {
  fireEvent.change(input, { target: { value: text } });
}

describe('the inventory form', () => {
  it('asks every question of a function, grouped by process group', () => {
    renderForm({ upn: chef(8), unitId: 'E8' });
    expect(screen.getByRole('heading', { level: 1, name: 'Inventering för Hemtjänst 8' })).toBeTruthy();
    for (const group of ['Stöd', 'Styrning', 'Chefsnära stöd']) {
      expect(screen.getByRole('heading', { level: 2, name: group })).toBeTruthy();
    }
    const ekonomi = within(section('Ekonomi'));
    for (const label of [
      'Antal personer',
      'Årsarbetare',
      'Ekonomiassistent, årsarbetare',
      'Controller, årsarbetare',
      'Vilken kompetens saknas?',
      'Kommentar',
    ]) {
      expect(ekonomi.getByRole('textbox', { name: label })).toBeTruthy();
    }
    const locations = ekonomi.getByRole('group', { name: 'Var finns stödet som enheten får?' });
    expect(within(locations).getAllByRole('checkbox')).toHaveLength(5);
    expect(
      within(locations).getByRole('checkbox', { name: 'Externt (köpt eller annan organisation)' }),
    ).toBeTruthy();
    for (const name of ['Kvalitet på stödet', 'Kompetens i dag', 'Kompetens som behövs']) {
      const scores = ekonomi.getByRole('radiogroup', { name });
      expect(
        within(scores)
          .getAllByRole('radio')
          .map((r) => (r as HTMLInputElement).value),
      ).toEqual(['1', '2', '3', '4', '5']);
    }
    const placement = ekonomi.getByRole('radiogroup', { name: 'Var hör funktionen hemma, enligt dig?' });
    expect(within(placement).getByRole('radio', { name: 'Kan centraliseras' })).toBeTruthy();
  });

  it('takes decimals with a comma and shows the domain’s message tied to its field when the manager leaves it', () => {
    renderForm({ upn: chef(8), unitId: 'E8' });
    type(field('Ekonomi', 'Antal personer'), '2');
    const fte = field('Ekonomi', 'Årsarbetare');
    type(fte, '1,5');
    fireEvent.blur(fte);
    expect(fte.getAttribute('aria-invalid')).toBeNull();
    type(fte, '2,5');
    // Not while typing: the message is an alert and would interrupt at every keystroke.
    expect(description(fte)).not.toContain('Årsarbetare kan inte');
    fireEvent.blur(fte);
    expect(fte.value).toBe('2,5');
    expect(description(fte)).toContain('Årsarbetare kan inte vara fler än antalet personer (2).');
    expect(fte.getAttribute('aria-invalid')).toBe('true');
  });

  it('says in words what is wrong with a number it cannot read, and keeps the text', () => {
    renderForm({ upn: chef(8), unitId: 'E8' });
    const fte = field('HR', 'Årsarbetare');
    type(fte, '1,,5');
    fireEvent.blur(fte);
    expect(fte.value).toBe('1,,5');
    expect(description(fte)).toContain('Ange ett tal, till exempel 0,5 eller 1 234,5.');
    const persons = field('HR', 'Antal personer');
    type(persons, '1,5');
    fireEvent.blur(persons);
    expect(description(persons)).toContain('Ange ett heltal.');
    expect(screen.getByText('Några tal går inte att läsa och sparas inte förrän de rättas.')).toBeTruthy();
  });

  it('reads a thousands separator and a point as the Swedish number pad types them', () => {
    renderForm({ upn: chef(8), unitId: 'E8' });
    type(field('IT', 'Antal personer'), '1 200');
    const fte = field('IT', 'Årsarbetare');
    type(fte, '0.75');
    fireEvent.blur(fte);
    expect(description(fte)).not.toMatch(/Ange ett tal/);
    // 1 200 persons is above the cap of 1 000.
    fireEvent.blur(field('IT', 'Antal personer'));
    expect(description(field('IT', 'Antal personer'))).toContain('Ange ett värde mellan 0 och 1');
  });

  it('counts a function answered once the submit validation has nothing to ask of it', () => {
    renderForm({ upn: chef(8), unitId: 'E8' });
    const juridik = within(section('Juridik'));
    expect(juridik.getByText('Inte klar')).toBeTruthy();
    type(field('Juridik', 'Antal personer'), '0');
    type(field('Juridik', 'Årsarbetare'), '0');
    expect(juridik.getByText('Besvarad')).toBeTruthy();
    // (By text: a role query computes the name of each of the list's buttons, which takes seconds in jsdom.)
    const contents = within(screen.getByRole('heading', { level: 2, name: 'Innehåll' }).closest('nav')!);
    expect(contents.getByText('Juridik – besvarad').closest('button')).toBeTruthy();
    fireEvent.click(
      within(juridik.getByRole('group', { name: 'Var finns stödet som enheten får?' })).getByRole(
        'checkbox',
        { name: 'Sektorn' },
      ),
    );
    // Support received: now its quality, competence and placement are asked for.
    expect(juridik.getByText('Inte klar')).toBeTruthy();
  });

  it('has the first-line section for an enhetschef, with every configured category', () => {
    renderForm({ upn: PEOPLE.anna, unitId: 'E1' });
    const firstLine = within(screen.getByRole('region', { name: 'Första linjens chef' }));
    for (const label of [
      'HR och personal, timmar per vecka',
      'Övrigt, timmar per vecka',
      'Chefsnära stöd du har tillgång till (årsarbetare)',
      'Medarbetare som rapporterar direkt till dig',
      'Vilket stöd saknar du?',
    ]) {
      expect(firstLine.getByRole('textbox', { name: label })).toBeTruthy();
    }
    const hours = firstLine.getByRole('textbox', { name: 'Ekonomi, timmar per vecka' });
    type(hours, '61');
    fireEvent.blur(hours);
    expect(description(hours)).toContain('Ange ett värde mellan 0 och 60');
  });

  it('has no first-line section for a manager above the first line', () => {
    renderForm({ upn: PEOPLE.olle, unitId: 'E7' });
    expect(screen.queryByRole('region', { name: 'Första linjens chef' })).toBeNull();
  });

  it('shows the unit as the organisation has it, its employees and FTE read-only', () => {
    renderForm({ upn: PEOPLE.anna, unitId: 'E1' });
    const unit = within(screen.getByRole('region', { name: 'Enheten' }));
    expect(unit.getByText('Anställda').nextSibling?.textContent).toBe('24');
    expect(unit.getByText('Årsarbetare').nextSibling?.textContent).toBe('21,5');
    expect(unit.getByText('Enhetschef')).toBeTruthy();
    expect(unit.getByText(/kan inte ändras här/)).toBeTruthy();
  });

  it('speaks English', () => {
    renderForm({ upn: chef(8), unitId: 'E8', locale: 'en' });
    const fte = within(section('Finance')).getByRole('textbox', { name: 'Full-time equivalents' });
    type(within(section('Finance')).getByRole('textbox', { name: 'Number of persons' }), '1');
    type(fte, '1,5');
    fireEvent.blur(fte);
    // In English a comma separates thousands: 1,5 is a typo, not 15.
    expect(description(fte)).toContain('Enter a number');
  });
});
