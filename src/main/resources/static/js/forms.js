// The product's Camunda Forms in the form-js viewer. form-js has no translations: its built-in texts
// (validation messages, "Select", "Search", the date placeholder …) are turned into Chinese as they
// appear, and flatpickr's calendar speaks Chinese.
window.TaxCollabForms = (() => {
  const exact = {
    'Field is required.': '必须填写。',
    'Value is not a number.': '应为数字。',
    'Value is expected to be an integer.': '应为整数。',
    'Field must be a valid email.': '请填写有效的电子邮件地址。',
    'Select': '请选择',
    'Search': '搜索',
    'No results': '没有匹配的选项',
    'All values selected': '已全部选择',
    'Add new': '添加一项',
    'Collapse': '收起',
    'Expand': '展开',
    'Nothing to show.': '暂无内容。',
    'Browse': '选择文件',
    'No files selected': '未选择文件',
    'Date': '日期',
    'Time': '时间',
    'Increment': '增加',
    'Decrement': '减少',
    'Previous page': '上一页',
    'Next page': '下一页'
  };
  const patterns = [
    [/^Field must have maximum length of (\d+)\.$/, '不能超过 $1 个字。'],
    [/^Field must have minimum length of (\d+)\.$/, '至少 $1 个字。'],
    [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
    [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多 $1 位小数。'],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, '请填写有效数值，最接近的是 $1 和 $2。'],
    [/^Field must match pattern .+\.$/, '格式不正确。'],
    [/^Field must be a valid\s+international phone number.*$/, '请填写有效的国际电话号码（如 +8651812345678）。'],
    [/^(\d+) files selected$/, '已选择 $1 个文件'],
    [/^Remove list item (\d+)$/, '删除第 $1 项'],
    [/^Download (.+)$/, '下载 $1']
  ];
  // a date or time pattern such as yyyy/mm/dd or hh:mm
  const placeholder = /^[ymdh]+([/.:\- ][ymdh]+)*( --)?$/i;

  function translate(text) {
    const trimmed = text.trim();
    if (!trimmed) return text;
    if (exact[trimmed]) return text.replace(trimmed, exact[trimmed]);
    for (const [pattern, chinese] of patterns) {
      if (pattern.test(trimmed)) return text.replace(trimmed, trimmed.replace(pattern, chinese));
    }
    if (placeholder.test(trimmed)) {
      return /h/i.test(trimmed) ? trimmed.replace(' --', '').replace(/h+/gi, '时').replace(/m+/gi, '分')
        : trimmed.replace(/y+/gi, '年').replace(/m+/gi, '月').replace(/d+/gi, '日');
    }
    return text;
  }

  function translateNode(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const chinese = translate(node.data);
      if (chinese !== node.data) node.data = chinese;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    ['placeholder', 'aria-label', 'title'].forEach((name) => {
      const value = node.getAttribute(name);
      if (value) {
        const chinese = translate(value);
        if (chinese !== value) node.setAttribute(name, chinese);
      }
    });
    node.childNodes.forEach(translateNode);
  }

  /** Keeps everything form-js renders inside container in Chinese, now and after each re-render. */
  function watch(container) {
    if (window.flatpickr && window.flatpickr.l10ns && window.flatpickr.l10ns.zh) {
      // flatpickr's Chinese locale leaves the screen-reader labels of its year and month inputs English
      window.flatpickr.localize(Object.assign({}, window.flatpickr.l10ns.zh, {yearAriaLabel: '年',
        monthAriaLabel: '月', hourAriaLabel: '时', minuteAriaLabel: '分'}));
    }
    translateNode(container);
    new MutationObserver((mutations) => mutations.forEach((mutation) => {
      if (mutation.type === 'characterData') translateNode(mutation.target);
      else if (mutation.type === 'attributes') translateNode(mutation.target);
      else mutation.addedNodes.forEach(translateNode);
    })).observe(container, {subtree: true, childList: true, characterData: true, attributes: true,
      attributeFilter: ['placeholder', 'aria-label', 'title']});
  }

  /**
   * A viewer in the container, in Chinese. Every keystroke goes into the form's data at once: with
   * form-js's default 300 ms debounce, typing on into the next field within that time could put back
   * the earlier field's old value, and what was typed there was lost.
   */
  function create(container) {
    watch(container);
    return new FormViewer.Form({container, debounce: false});
  }

  /**
   * The server's problems (problem+json) beside their fields, without the label the field already shows;
   * answers every message, for the list above the buttons. A field is named by its key, or by
   * variables.key where the request wraps the answers.
   */
  function showProblems(form, schema, problem) {
    const keyToId = {};
    const collect = (components) => (components || []).forEach((component) => {
      if (component.key) keyToId[component.key] = component.id;
      collect(component.components);
    });
    collect(schema.components);
    const byField = {};
    (problem.errors || []).forEach((error) => {
      const id = keyToId[String(error.field).replace(/^variables\./, '')];
      if (id) (byField[id] = byField[id] || []).push(error.message.replace(/^[^：]*：/, ''));
    });
    if (form && Object.keys(byField).length) form._setState({errors: byField});
    return (problem.errors || []).map((error) => error.message);
  }

  /** Lines of text in the box, which shows only when there are some. */
  function showLines(box, lines) {
    box.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), {textContent: line})));
    box.hidden = lines.length === 0;
  }

  return {create, showProblems, showLines};
})();
