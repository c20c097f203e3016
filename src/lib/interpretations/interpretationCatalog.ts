// Loads 政策解读 and 政策文件 once per build and links them (see interpretations.ts).
import { getCollection, type CollectionEntry } from 'astro:content';
import { interpretationsByPolicy } from './interpretations';

export interface InterpretationCatalog {
  interpretations: CollectionEntry<'interpretations'>[];
  byPolicy: Map<string, CollectionEntry<'interpretations'>[]>;
  policyById: Map<string, CollectionEntry<'policies'>>;
}

let catalog: Promise<InterpretationCatalog> | undefined;

async function load(): Promise<InterpretationCatalog> {
  const [interpretations, policies] = await Promise.all([getCollection('interpretations'), getCollection('policies')]);
  const policyById = new Map(policies.map((p) => [p.id, p]));
  const grouped = interpretationsByPolicy(interpretations, new Set(policyById.keys()));
  const byId = new Map(interpretations.map((i) => [i.id, i]));
  const byPolicy = new Map([...grouped].map(([policy, list]) => [policy, list.map((e) => byId.get(e.id)!)]));
  return { interpretations, byPolicy, policyById };
}

export function getInterpretationCatalog(): Promise<InterpretationCatalog> {
  catalog ??= load();
  return catalog;
}
