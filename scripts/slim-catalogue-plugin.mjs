// Build plugin: drops from the built-in catalogue the fields only its
// maintainers read (where each entry was checked and when). They stay in
// data/catalogue.json; the finder never shows them, so visitors need not
// download them.
const MAINTAINER_ONLY = ['source', 'lastVerified'];

export function slimCatalogue() {
  return {
    name: 'support-finder:slim-catalogue',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]data[\\/]catalogue\.json$/.test(id)) return null;
      const { $schema, updated, ...catalogue } = JSON.parse(code);
      catalogue.resources = catalogue.resources.map((resource) => {
        const kept = { ...resource };
        for (const field of MAINTAINER_ONLY) delete kept[field];
        return kept;
      });
      return { code: JSON.stringify(catalogue), map: null };
    },
  };
}
