// htmx requests carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { e.detail.headers[header.content] = token.content; }
});

// Export links (class "export"): disabled and showing data-busy ("正在生成…") until the file starts to
// download. The link gets a token (?dl=), which the server sets as the fazhiDownload cookie when its
// response starts; a long export shows the busy state for as long as it takes.
document.addEventListener('click', function (e) {
  var link = e.target.closest ? e.target.closest('a.export') : null;
  if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
  e.preventDefault();
  if (link.getAttribute('aria-disabled') === 'true') { return; }
  var token = Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
  var url = new URL(link.href, window.location.href);
  url.searchParams.set('dl', token);
  var label = link.textContent;
  link.setAttribute('aria-disabled', 'true');
  link.setAttribute('aria-busy', 'true');
  link.classList.add('busy');
  link.textContent = link.getAttribute('data-busy') || label;
  var started = Date.now();
  var timer = setInterval(function () {
    var arrived = document.cookie.split('; ').indexOf('fazhiDownload=' + token) >= 0;
    if (arrived || Date.now() - started > 10 * 60 * 1000) {
      clearInterval(timer);
      document.cookie = 'fazhiDownload=; Max-Age=0; path=/';
      link.textContent = label;
      link.removeAttribute('aria-disabled');
      link.removeAttribute('aria-busy');
      link.classList.remove('busy');
    }
  }, 300);
  window.location.href = url.toString();
});
