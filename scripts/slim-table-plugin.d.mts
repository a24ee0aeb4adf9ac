// Types for the test that runs the build plugin on the French table.
export function tableValues(table: Record<string, unknown>, english: Record<string, unknown>): unknown[] | undefined;
export function slimTable(): {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): Promise<{ code: string; map: null } | null>;
};
