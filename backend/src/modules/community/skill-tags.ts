import { searchKey } from '../../common/text/search-key';

/** A skill as a member types it, made a tag: what is shown, and what it is compared by. */
export interface SkillTag {
  /** Lower case, trimmed, single spaces: "graphisme", "droit du travail". */
  tag: string;
  /** The tag without accents, hyphens or apostrophes (`searchKey`): "Électricité" and "electricite" meet. */
  key: string;
}

/** The tag of one typed skill, or undefined for one that is only spaces. */
export function skillTag(typed: string): SkillTag | undefined {
  const tag = typed.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const key = searchKey(tag);
  return tag && key ? { tag, key } : undefined;
}

/** The member's skills as tags, in their order, each once (the first spelling of a skill wins). */
export function skillTags(typed: readonly string[]): SkillTag[] {
  const seen = new Set<string>();
  const tags: SkillTag[] = [];
  for (const skill of typed) {
    const tag = skillTag(skill);
    if (!tag || seen.has(tag.key)) continue;
    seen.add(tag.key);
    tags.push(tag);
  }
  return tags;
}
