// A page's chunk that cannot be fetched (the network dropped, or a new version was deployed and the old chunk is
// gone) shows a message with a reload button instead of a blank screen. Only that failure: any other error is
// thrown on, so a bug in a page still surfaces as before.
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { Page } from '../shared/Page.tsx';

/** Thrown by a lazy page whose module could not be loaded. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('The page could not be loaded', { cause });
  }
}

function PageLoadFailed() {
  const { m } = useI18n();
  return (
    <Page title={m.common.pageLoadFailedTitle}>
      <div className="alert alert--error" role="alert">
        <p>{m.common.pageLoadFailedText}</p>
      </div>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {m.common.reload}
      </button>
    </Page>
  );
}

export class PageLoadBoundary extends Component<{ children: ReactNode }, { failed: unknown }> {
  override state: { failed: unknown } = { failed: null };

  static getDerivedStateFromError(error: unknown) {
    return { failed: error };
  }

  override render() {
    const { failed } = this.state;
    if (failed === null) return this.props.children;
    if (failed instanceof PageLoadError) return <PageLoadFailed />;
    throw failed;
  }
}
