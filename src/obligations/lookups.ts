// The light part of obligations' public face (re-exported by index.ts): the rule registry's legal terms and due dates,
// which every capability may ask without a cycle — these modules import only the platform and organisations' lookups.
export {
  previewDeadline,
  previewOn,
  storagePeriodEnd,
  UnknownRuleError,
  type Explanation,
  type Preview,
  type PreviewInput,
} from './preview.ts';
export { periodsContaining } from './periods.ts';
// A date as Latvians write it.
export { lvDate } from './format.ts';
