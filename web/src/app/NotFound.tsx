// Any path the UI does not know.
import { Page } from '../shared/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { Link } from './router.tsx';

export function NotFoundPage() {
  const { m } = useI18n();
  return (
    <Page title={m.notFound.title}>
      <p>{m.notFound.text}</p>
      <p>
        <Link to="/">{m.notFound.home}</Link>
      </p>
    </Page>
  );
}
