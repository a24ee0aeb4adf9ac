// Types for the test that runs the build plugin on fuse.js.
export function trimFuse(): {
  name: string;
  transform(this: { warn(message: string): void }, code: string, id: string): { code: string; map: null } | null;
};
