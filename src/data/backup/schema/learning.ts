// The schemas of the user's resources, resource marks and certifications
// (domain/types/learning.ts).
import * as v from 'valibot';
import { RESOURCE_KINDS } from '../../../domain/types';
import { Day, Id, Ids, LIMITS, Link, Note, stamped, str } from './basics';

export const CustomResourceSchema = v.strictObject({
  ...stamped,
  skillId: Id,
  name: str(LIMITS.name),
  publisher: v.optional(str(LIMITS.name)),
  kind: v.picklist(RESOURCE_KINDS),
  lang: v.optional(v.picklist(['en', 'it', 'other'])),
  cost: v.optional(v.picklist(['free', 'paid'])),
  link: v.optional(Link),
});

export const ResourceMarkSchema = v.strictObject({
  ...stamped,
  toLearn: v.boolean(),
  doneOn: v.optional(Day),
});

export const CertificationSchema = v.strictObject({
  ...stamped,
  name: str(LIMITS.name),
  issuer: str(LIMITS.name),
  earnedOn: v.optional(Day),
  expiresOn: v.optional(Day),
  credential: v.optional(str(LIMITS.link)),
  skillIds: Ids,
  note: v.optional(Note),
  knownId: v.optional(Id),
});
