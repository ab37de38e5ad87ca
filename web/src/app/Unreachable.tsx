// Shown instead of a blank page when the API cannot be reached at start-up.
import { Page } from '../shared/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from './session.tsx';

export function UnreachablePage() {
  const { m } = useI18n();
  const { reload } = useSession();
  return (
    <Page title={m.common.unreachableTitle}>
      <div className="alert alert--error" role="alert">
        <p>{m.common.unreachableText}</p>
      </div>
      <button type="button" className="button" onClick={reload}>
        {m.common.retry}
      </button>
    </Page>
  );
}
