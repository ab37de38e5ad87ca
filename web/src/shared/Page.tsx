// Every page has exactly one <h1>, and the browser tab says which page it is.
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';

export function Page({ title, children, wide }: { title: string; children?: ReactNode; wide?: boolean }) {
  const { m } = useI18n();
  useEffect(() => {
    document.title = fill(m.common.pageTitle, { title });
  }, [title, m]);
  return (
    <div className={wide ? 'page page--wide' : 'page'}>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
