// The text rule lives in $lib/text-input.ts since a page hydrates (ADR 047): the network map's
// rules, which the map components import, need it in the browser build too. Server code keeps
// importing it from here.
export * from '../text-input';
