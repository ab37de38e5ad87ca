// Stylesheets imported by a module (Vite bundles them with that module's chunk, e.g. the finder's map): no exports.
declare module '*.css';
