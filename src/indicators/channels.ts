// SR-17, SR-21.2: the channels of a service (in person; remote: electronic, phone, post) and how the counter's and
// the feedback cases' channels map onto them. A contact by e-mail, e-address or video is a remote electronic one.
import { sql, type RawBuilder } from 'kysely';

export const CHANNELS = ['in_person', 'electronic', 'phone', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_NAMES: Record<Channel, { lv: string; en: string }> = {
  in_person: { lv: 'klātiene', en: 'in person' },
  electronic: { lv: 'elektroniski', en: 'electronic' },
  phone: { lv: 'telefoniski', en: 'by phone' },
  post: { lv: 'pa pastu', en: 'by post' },
};

/** The SR-17 channel of a contact's or case's channel column (in_person, phone, post stay; the rest is electronic). */
export function sr17Channel(column: string): RawBuilder<Channel> {
  const c = sql.ref(column);
  return sql<Channel>`(case ${c} when 'in_person' then 'in_person' when 'phone' then 'phone' when 'post' then 'post'
    else 'electronic' end)`;
}
