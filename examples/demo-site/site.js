/* Praktijk De Linde: cookie notice. */
(function () {
  function initCookieNotice() {
    var notice = document.getElementById('cookie-notice');
    if (!notice) return;
    try {
      if (window.localStorage.getItem('delinde-cookies') === 'ok') {
        notice.hidden = true;
        return;
      }
    } catch (e) { /* storage blocked: show the notice */ }
    var button = notice.querySelector('button');
    if (button) {
      button.addEventListener('click', function () {
        try { window.localStorage.setItem('delinde-cookies', 'ok'); } catch (e) {}
        notice.hidden = true;
      });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initCookieNotice);
  } else {
    initCookieNotice();
  }
})();
