package app.ripple.classroom;

import com.vaadin.flow.component.Component;

/**
 * The class tablet's few lines of browser script (no frontend bundle): which screen shows, the
 * avatar and picture taps, the idle time-out, read-aloud and "Add to home screen". The screens are
 * built once by the server; the browser only switches between them, so a student's avatar and
 * three picture taps cost one round trip, sent when the third picture is tapped.
 *
 * <p>The script keeps its state on the view's element ({@code __kiosk}); features in the student's
 * space reach it to return to the avatars. The server never sets the attributes the script owns
 * ({@code data-screen}, {@code data-voice}, {@code data-install}), so the two never disagree.
 */
final class KioskClient {

    private KioskClient() {
    }

    /**
     * Installs the script on the kiosk view's element; {@code idleSeconds} is the class's idle time-out;
     * after {@code checkSeconds} untouched at the avatars the tablet asks whether it should move to
     * another node ({@code nodeCheck}, see {@link app.ripple.base.NodeDrain}).
     */
    static void install(Component view, int idleSeconds, int checkSeconds) {
        view.getElement().executeJs("""
                const root = this;
                if (root.__kiosk) { root.__kiosk.idleMs = $0 * 1000; return; }
                const k = { student: null, picks: [], busy: false, idleMs: $0 * 1000, lang: root.dataset.lang || 'en',
                            moving: false, touched: Date.now() };
                root.__kiosk = k;
                const q = (sel) => root.querySelector(sel);
                k.screen = () => root.getAttribute('data-screen');
                k.top = () => { window.scrollTo(0, 0); if (document.scrollingElement) { document.scrollingElement.scrollTop = 0; } };
                k.show = (name) => {
                  clearTimeout(k.soon);
                  if (name === 'avatars' && k.moving) { window.location.reload(); return; }
                  root.setAttribute('data-screen', name);
                  k.top();
                  if (name === 'avatars') {
                    k.student = null; k.picks = []; k.dots();
                    q('#kiosk-message').textContent = '';
                    root.dispatchEvent(new CustomEvent('kiosk-home'));
                  }
                  k.touch();
                };
                k.home = () => k.show('avatars');
                k.homeSoon = (ms) => { clearTimeout(k.soon); k.soon = setTimeout(k.home, ms); };
                k.move = () => { k.moving = true; if (k.screen() === 'avatars' && !k.busy) { window.location.reload(); } };
                k.check = setInterval(() => {
                  if (!root.isConnected) { clearInterval(k.check); return; }
                  if (k.moving || k.busy || k.screen() !== 'avatars' || Date.now() - k.touched < $1 * 1000) { return; }
                  k.touched = Date.now();
                  root.$server.nodeCheck().then((move) => { if (move) { k.move(); } });
                }, 5000);
                k.touch = () => {
                  k.touched = Date.now();
                  clearTimeout(k.idle);
                  const s = k.screen();
                  if (s === 'avatars' || s === 'unknown') { return; }
                  k.idle = setTimeout(() => {
                    if (!root.isConnected) { return; }
                    const signedIn = k.screen() === 'space';
                    k.home();
                    if (signedIn) { root.$server.signOut(); }
                  }, k.idleMs);
                };
                k.dots = () => {
                  const dots = q('#kiosk-dots');
                  Array.from(dots.children).forEach((d, i) => { d.className = i < k.picks.length ? 'ripple-dot-on' : 'ripple-dot'; });
                  dots.setAttribute('aria-label', dots.getAttribute('data-label' + k.picks.length));
                };
                k.choose = (a) => {
                  k.student = a.dataset.student; k.picks = []; k.dots();
                  q('#kiosk-message').textContent = '';
                  q('#kiosk-hello').textContent = root.dataset.hello.replace('{name}', a.dataset.name);
                  q('#student-hello').textContent = root.dataset.me.replace('{name}', a.dataset.name);
                  q('#kiosk-pad-avatar').src = a.dataset.img;
                  q('#student-avatar').src = a.dataset.img;
                  k.show('pad');
                };
                k.tap = (picture) => {
                  if (!k.student || k.busy || k.picks.length >= 3) { return; }
                  k.picks.push(picture); k.dots();
                  q('#kiosk-message').textContent = '';
                  if (k.picks.length < 3) { return; }
                  k.busy = true; root.setAttribute('aria-busy', 'true');
                  const done = () => { k.busy = false; root.removeAttribute('aria-busy'); k.picks = []; k.dots(); };
                  root.$server.signIn(Number(k.student), k.picks[0], k.picks[1], k.picks[2]).then((outcome) => {
                    done();
                    if (outcome === 'ok') { k.show('space'); root.dispatchEvent(new CustomEvent('kiosk-signed-in')); }
                    else if (outcome === 'wrong') { const m = q('#kiosk-message'); m.textContent = m.dataset.wrong; }
                    else { k.show(outcome); }
                  }, done);
                };
                k.base = (l) => (l || '').toLowerCase().replace('_', '-').split('-')[0];
                k.voiceFor = () => {
                  const s = window.speechSynthesis;
                  return s ? s.getVoices().find((v) => k.base(v.lang) === k.base(k.lang)) : undefined;
                };
                k.checkVoice = () => { if (k.voiceFor()) { root.setAttribute('data-voice', ''); } else { root.removeAttribute('data-voice'); } };
                k.say = (text) => {
                  const s = window.speechSynthesis;
                  if (!s || !text) { return; }
                  s.cancel();
                  const u = new SpeechSynthesisUtterance(text);
                  u.lang = k.lang;
                  const v = k.voiceFor();
                  if (v) { u.voice = v; }
                  s.speak(u);
                };
                if (window.speechSynthesis) {
                  k.checkVoice();
                  if (window.speechSynthesis.addEventListener) { window.speechSynthesis.addEventListener('voiceschanged', k.checkVoice); }
                }
                window.addEventListener('beforeinstallprompt', (e) => { e.preventDefault(); k.installPrompt = e; root.setAttribute('data-install', ''); });
                root.addEventListener('click', (e) => {
                  const say = e.target.closest('.ripple-say');
                  if (say && root.contains(say)) { e.stopPropagation(); k.say(say.dataset.say); }
                }, true);
                root.addEventListener('click', (e) => {
                  const t = e.target;
                  const avatar = t.closest('[data-student]');
                  if (avatar) { k.choose(avatar); return; }
                  const picture = t.closest('[data-picture]');
                  if (picture) { k.tap(picture.dataset.picture); return; }
                  const go = t.closest('[data-kiosk-go]');
                  if (!go) { return; }
                  const where = go.dataset.kioskGo;
                  if (where === 'done') { k.home(); root.$server.signOut(); }
                  else if (where === 'install') { if (k.installPrompt) { k.installPrompt.prompt(); root.removeAttribute('data-install'); } }
                  else { k.home(); }
                });
                ['pointerdown', 'keydown', 'touchstart'].forEach((n) => root.addEventListener(n, k.touch, { passive: true }));
                k.dots();""", idleSeconds, checkSeconds);
    }

    /** Shows one of the view's screens now (part of the current round trip). */
    static void show(Component view, String screen) {
        view.getElement().executeJs("if (this.__kiosk) { this.__kiosk.show($0); }", screen);
    }

    /**
     * This node drains: the tablet reloads its page (landing on another node) as soon as it is back at
     * the avatars, at once if it is there already.
     */
    static void moveWhenHome(Component view) {
        view.getElement().executeJs("if (this.__kiosk) { this.__kiosk.move(); }");
    }

    /** Keeps the current screen a moment, then shows the avatars. */
    static void homeSoon(Component view, int seconds) {
        view.getElement().executeJs("if (this.__kiosk) { this.__kiosk.homeSoon($0); }", seconds * 1000);
    }
}
