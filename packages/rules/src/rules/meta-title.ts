import { defineRule } from '../define-rule.js';
import { yearInText } from '../prose.js';

/** Text before the year in a title: where the agency's name goes (`青石山街道办事处2023年…`). */
const BEFORE_YEAR = /^(.*?)(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年/;
const NOISE = /[\s《》“”"'（）()【】\[\]·:：]/g;

/** The title names the agency and the year (`新华区青石山街道办事处2023年政府信息公开工作年度报告`). */
export const metaTitle = defineRule({
  meta: {
    id: 'meta/title',
    category: 'metadata',
    defaultSeverity: 'warning',
    docs: {
      description: '标题应写明发布机关名称和年度，如“××街道办事处2023年政府信息公开工作年度报告”。',
      descriptionEn: 'The title names the publishing agency and the year, e.g. “××街道办事处2023年政府信息公开工作年度报告”.',
      rationale: '年度报告是机关对外发布的文件，标题须能看出是哪个机关哪一年的报告，以便公众检索和上级汇总。',
      rationaleEn:
        'The report is a public document: its title must say whose report it is and for which year, so the public can find it and superiors can collect it.',
    },
  },
  check(context) {
    const { title, agency } = context.current.metadata;
    if (title === null || title.trim() === '') {
      context.report({ message: '未找到报告标题；标题应写明机关名称和年度', messageEn: 'No title found; the title should name the agency and the year' });
      return;
    }
    const shown = title.replace(/\s+/g, ' ').trim();
    // Point at the title itself, so a reader (or a UI) sees which line to fix.
    const at = context.current.metadata.titleLocation ? { location: context.current.metadata.titleLocation } : {};
    const year = yearInText(title);
    if (year === null) {
      context.report({
        message: `标题“${shown}”未写明年度`,
        messageEn: `The title “${shown}” does not name the year`,
        actual: shown,
        ...at,
      });
    }
    const prefix = (year === null ? '' : (BEFORE_YEAR.exec(title)?.[1] ?? '')).replace(NOISE, '');
    const flatTitle = title.replace(NOISE, '');
    const flatAgency = agency?.replace(NOISE, '') ?? '';
    const named = flatAgency !== '' ? flatTitle.includes(flatAgency) || (prefix !== '' && flatAgency.includes(prefix)) : prefix !== '';
    // Without a year to anchor on and without a known agency, the title cannot be judged.
    if (!named && (year !== null || flatAgency !== '')) {
      context.report({
        message: agency ? `标题“${shown}”未写明机关名称（${agency}）` : `标题“${shown}”未写明机关名称`,
        messageEn: agency ? `The title “${shown}” does not name the agency (${agency})` : `The title “${shown}” does not name the agency`,
        ...(agency ? { expected: `${agency}${year ?? ''}${year === null ? '' : '年'}政府信息公开工作年度报告` } : {}),
        actual: shown,
        ...at,
      });
    }
  },
});
