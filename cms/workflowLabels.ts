// The review board's words in /admin/: Decap's Chinese locale calls the columns 草稿 / 审查中 / 就绪;
// a 科协's 先审后发 speaks of 草稿 → 待审核 → 待发布. Only these phrases are replaced.

type Phrases = Record<string, unknown>;

/** The overrides, by Decap's phrase path. */
export const WORKFLOW_PHRASES: Record<string, string> = {
  'app.header.workflow': '审核发布',
  'editor.editorToolbar.inReview': '待审核',
  'editor.editorToolbar.ready': '待发布',
  'editor.editor.onPublishingNotReady': '请先把状态改为“待发布”，再发布。',
  'workflow.workflow.workflowHeading': '审核发布（先审后发）',
  'workflow.workflow.newPost': '新建内容',
  'workflow.workflow.description': '%{smart_count} 篇待审核，%{readyCount} 篇待发布',
  'workflow.workflowList.inReviewHeader': '待审核',
  'workflow.workflowList.readyHeader': '待发布',
  'workflow.workflowList.onPublishingNotReadyEntry': '只有“待发布”一列中的内容才能发布：请先把卡片拖到“待发布”。',
};

/** A copy of `locale` with the overrides applied (paths that do not exist are created). */
export function withWorkflowPhrases(locale: Phrases): Phrases {
  const copy = structuredClone(locale);
  for (const [path, text] of Object.entries(WORKFLOW_PHRASES)) {
    const keys = path.split('.');
    let node = copy;
    for (const key of keys.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Phrases;
    }
    node[keys.at(-1)!] = text;
  }
  return copy;
}
