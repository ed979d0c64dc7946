/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// Fast while typing: with 20 functions on the page, a keystroke renders only the edited function's section. React's
// <Profiler> around each section (the form's `onSectionRender`) reports every section that rendered in a commit.
import { act, fireEvent, within } from '@testing-library/react';
import { type ProfilerOnRenderCallback } from 'react';
import { twentyFunctionConfig } from '../../../bench/backend/site';
import { chef } from '../../e2e/lib/managerSite';
import { useDebounceTimers } from './support/app';
import { field, renderForm, section } from './support/form';

jest.setTimeout(60_000);
beforeEach(() => useDebounceTimers());
afterEach(() => jest.useRealTimers());

const config = twentyFunctionConfig();

function profiledForm() {
  const rendered: string[] = [];
  const onSectionRender: ProfilerOnRenderCallback = (id, phase) => rendered.push(`${id} ${phase}`);
  renderForm({ upn: chef(8), unitId: 'E8', config, props: { onSectionRender } });
  return rendered;
}

it('has 20 functions on the page, each profiled when mounted', () => {
  const rendered = profiledForm();
  expect(config.taxonomy.functions).toHaveLength(20);
  expect(rendered.filter((r) => r.endsWith(' mount'))).toHaveLength(20);
});

it('renders only the edited section on a keystroke in a number, a text and a choice', () => {
  const rendered = profiledForm();
  const persons = field('HR', 'Antal personer');
  const comment = field('Arkiv', 'Kommentar');
  const qualityGroup = within(section('Juridik')).getByRole('radiogroup', { name: 'Kvalitet på stödet' });
  const quality = within(qualityGroup).getByRole('radio', { name: '4' });

  rendered.length = 0;
  fireEvent.change(persons, { target: { value: '3' } });
  expect(rendered).toEqual(['function:hr update']);

  rendered.length = 0;
  fireEvent.change(comment, { target: { value: 'E' } });
  fireEvent.change(comment, { target: { value: 'Ex' } });
  expect(rendered).toEqual(['function:arkiv update', 'function:arkiv update']);

  rendered.length = 0;
  fireEvent.click(quality);
  expect(rendered).toEqual(['function:juridik update']);
});

it('keeps the other sections still while one of them shows messages', () => {
  const rendered = profiledForm();
  fireEvent.change(field('Ekonomi', 'Antal personer'), { target: { value: '1' } });
  fireEvent.change(field('Ekonomi', 'Årsarbetare'), { target: { value: '2' } }); // more FTE than persons
  fireEvent.change(field('HR', 'Årsarbetare'), { target: { value: '1,,5' } }); // not a number
  rendered.length = 0;
  fireEvent.change(field('IT', 'Antal personer'), { target: { value: '4' } });
  expect(rendered).toEqual(['function:it update']);
});

it('renders no section when the autosave reports its progress', () => {
  const rendered = profiledForm();
  fireEvent.change(field('IT', 'Antal personer'), { target: { value: '1' } });
  rendered.length = 0;
  // The debounce ends and the save starts: the status line changes ("Sparar…"), the sections do not.
  act(() => {
    jest.advanceTimersByTime(1500);
  });
  expect(rendered).toEqual([]);
});
