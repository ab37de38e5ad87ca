// Shapes of the staff API (derived from the generated schema) and what the staff pages share: the centre chosen
// (from the address, else the caller's first), and the section links.
import type { ApiResponse, ItemOf } from '../api.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { withQuery } from '../api.ts';
import { SelectField } from '../shared/Field.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useGet } from '../useApi.ts';

export type StaffCentre = ItemOf<'listStaffCentres'>;
export type Member = ItemOf<'listCentreStaff'>;
export type Absence = ItemOf<'listStaffAbsences'>;
export type AbsenceKind = Absence['kind'];
export type Continuity = ApiResponse<'getCentreContinuity'>;
export type Gap = Continuity['gaps'][number];
export type Morning = ApiResponse<'getCentreMorning'>;

export const KINDS: readonly AbsenceKind[] = ['vacation', 'sick_leave', 'training', 'business_trip'];
export const TABS = ['staff', 'absences', 'schedule', 'continuity'] as const;
export type Tab = (typeof TABS)[number];

/** The staff page's address for a centre and a section. */
export const staffPath = (centre: string, tab: Tab, extra: Record<string, string> = {}) =>
  withQuery('/staff', { centre, tab: tab === 'staff' ? undefined : tab, ...extra });

export interface CentreChoice {
  centres: StaffCentre[] | undefined;
  centre: StaffCentre | undefined;
  tab: Tab;
  error: unknown;
}

export function useCentreChoice(): CentreChoice {
  const { query } = useLocation();
  const { data, error } = useGet('/api/v1/staff/centres');
  const wanted = query.get('centre');
  const centre = data?.items.find((c) => c.id === wanted) ?? data?.items[0];
  const tabParam = query.get('tab') as Tab | null;
  const tab = tabParam && TABS.includes(tabParam) ? tabParam : 'staff';
  return { centres: data?.items, centre, tab, error };
}

export function CentrePicker({ choice }: { choice: CentreChoice }) {
  const { m } = useI18n();
  if (!choice.centres || choice.centres.length < 2 || !choice.centre) return null;
  return (
    <SelectField
      id="staff-centre"
      label={m.staff.centre}
      value={choice.centre.id}
      onChange={(id) => navigate(staffPath(id, choice.tab))}
      options={choice.centres.map((c) => ({ value: c.id, label: c.name }))}
    />
  );
}

export function SectionLinks({ centreId, tab }: { centreId: string; tab: Tab }) {
  const { m } = useI18n();
  const labels: Record<Tab, string> = {
    staff: m.staff.tabStaff,
    absences: m.staff.tabAbsences,
    schedule: m.staff.tabSchedule,
    continuity: m.staff.tabContinuity,
  };
  return (
    <nav aria-label={m.staff.tabs}>
      <ul className="staff-sections">
        {TABS.map((t) => (
          <li key={t}>
            <Link to={staffPath(centreId, t)} aria-current={t === tab ? 'page' : undefined}>
              {labels[t]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
