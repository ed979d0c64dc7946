// A site provisioned before approvals kept their figures gets the column, and nothing else changes: provisioning
// an existing site adds what the schema gained.
import { planProvisioning } from '../../../../src/sharepoint/provision';
import { fieldSchemaXml } from '../../../../src/sharepoint/provision/fieldXml';
import { lists, listViews, siteLists } from '../../../../src/sharepoint/schema';
import { provisionedSite } from './siteStates';

describe('the Figures column of Granskningsbeslut', () => {
  it('is added to a site provisioned without it, and only it', () => {
    const site = provisionedSite();
    const decisions = site.lists.granskningsbeslut!;
    const without = {
      ...site,
      lists: {
        ...site.lists,
        granskningsbeslut: {
          ...decisions,
          fields: decisions.fields.filter((f) => f.internalName !== 'Figures'),
        },
      },
    };
    const { steps, conflicts } = planProvisioning(without, siteLists);
    expect(conflicts).toEqual([]);
    expect(steps).toEqual([
      {
        kind: 'createField',
        list: lists.granskningsbeslut,
        field: expect.objectContaining({ internalName: 'Figures' }),
      },
    ]);
  });

  it('is plain multi-line text, and in none of the list’s views', () => {
    const field = lists.granskningsbeslut.fields.find((f) => f.internalName === 'Figures')!;
    expect(fieldSchemaXml(field)).toContain('Type="Note"');
    expect(fieldSchemaXml(field)).toContain('RichText="FALSE"');
    expect(listViews.granskningsbeslut.flatMap((v) => v.fields)).not.toContain('Figures');
  });
});
