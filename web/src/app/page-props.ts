// What the router gives every page: the path's parameters. Its own module so that pages (loaded lazily by App.tsx)
// do not import App.tsx back.
export interface PageProps {
  params: Record<string, string>;
}
