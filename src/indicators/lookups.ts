// The light part of the indicators' face: nothing others need to read yet (the dashboards of issue 13 §3 would
// read the published years from here).
export const INDICATOR_CHANNELS = ['in_person', 'electronic', 'phone', 'post'] as const;
