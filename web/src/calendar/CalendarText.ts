// What a special day is, in words: its kind, its name in the chosen language, and the day it is paired with
// (a Cabinet transfer's other day, or the weekend holiday a substitute day off stands for).
import { useCallback } from 'react';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { CalendarDay } from './CalendarTypes.ts';

export function useDayText() {
  const { m, lang } = useI18n();
  const c = m.calendar;

  const name = useCallback((d: CalendarDay) => (lang === 'en' ? d.nameEn : d.nameLv) ?? '', [lang]);

  /** The note beside a day: the paired day and the legal basis, when there are any. */
  const note = useCallback(
    (d: CalendarDay) => {
      const paired = d.pairedWith ? formatDate(d.pairedWith) : '';
      const parts: string[] = [];
      if (d.reason === 'transferred_day_off') parts.push(fill(c.movedTo, { date: paired }));
      if (d.reason === 'working_saturday') parts.push(fill(c.worksFor, { date: paired }));
      if (d.reason === 'substitute_day_off') parts.push(fill(c.forHoliday, { date: paired }));
      if (d.basis) parts.push(fill(c.basis, { basis: d.basis }));
      return parts.join('; ');
    },
    [c],
  );

  /** Everything about the day in one phrase, for screen readers and tooltips in the month tables. */
  const describe = useCallback(
    (d: CalendarDay) => {
      const parts: string[] = [];
      if (d.reason && d.reason !== 'weekend') parts.push(c.reasons[d.reason]);
      if (name(d)) parts.push(name(d));
      const n = note(d);
      if (n) parts.push(n);
      if (d.shortened) parts.push(c.markShortText);
      return parts.join(', ');
    },
    [c, name, note],
  );

  return { describe, name, note };
}
