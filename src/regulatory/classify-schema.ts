// The classification over HTTP: the request body (a device profile, read by parseDeviceProfile) and the answer.
import { z } from '@hono/zod-openapi';

const deviceClass = z.enum(['I', 'IIa', 'IIb', 'III', 'A', 'B', 'C', 'D']);

// The body is read by parseDeviceProfile, whose messages name the JSON path and the allowed values; zod here only
// documents it and requires a JSON object.
export const deviceProfileBodySchema = z
  .record(z.string(), z.unknown())
  .openapi('DeviceProfile', {
    description: 'A device profile as ../shared/contracts/device-profile.md defines it: facts about the device, '
      + '`regulation` "MDR" or "IVDR" required; absent booleans are false, absent enumerations their default.',
    example: { regulation: 'MDR', id: 'd1', invasive: 'body-orifice', duration: 'short-term', substanceBased: 'other' },
  });

export const classificationOutSchema = z
  .object({
    id: z.string().optional().openapi({ description: 'the profile\'s id, echoed' }),
    regulation: z.enum(['MDR', 'IVDR']),
    class: deviceClass.openapi({ description: 'the highest class of all applying rules' }),
    subclasses: z.array(z.enum(['s', 'm', 'r'])).openapi({ description: 'class I qualifiers (MDR); ["s"] for sterile IVDR class A' }),
    rules: z.array(z.object({
      rule: z.string().openapi({ description: 'Annex VIII rule number, or implementing rule (3.3; 1.4-1.6)' }),
      class: deviceClass,
      because: z.string(),
      citation: z.object({ ref: z.string(), text: z.string().openapi({ description: 'the sentence of the Regulation that applies' }) }),
    })).openapi({ description: 'every applying rule, by rule number, implementing rules last' }),
    route: z.object({ notifiedBody: z.boolean(), annexes: z.array(z.string()), notes: z.array(z.string()) }),
  })
  .openapi('Classification');
