package app.ripple.classroom;

import com.vaadin.flow.component.Component;

/**
 * Calls the component's {@code @ClientCallable idleTimeout()} after the given seconds without a
 * touch, click or key press on it. A few lines of inline script, no frontend bundle: the browser
 * knows best when nobody is touching the tablet, and the server gets one call when it matters.
 */
final class IdleTimer {

    private IdleTimer() {
    }

    static void install(Component component, int seconds) {
        component.getElement().executeJs("""
                const el = this; const ms = $0;
                if (el.__rippleIdle) { el.__rippleIdle.ms = ms; el.__rippleIdle.reset(); return; }
                const state = { ms: ms, t: null };
                state.reset = () => {
                  clearTimeout(state.t);
                  state.t = setTimeout(() => { if (el.isConnected) { el.$server.idleTimeout(); } }, state.ms);
                };
                ['pointerdown', 'keydown', 'touchstart'].forEach(e => el.addEventListener(e, state.reset, { passive: true }));
                el.__rippleIdle = state;
                state.reset();""", seconds * 1000);
    }

    /** Every tablet screen starts at the top: the browser keeps the scroll position when the content is replaced. */
    static void scrollToTop(Component component) {
        component.getElement().executeJs("window.scrollTo(0, 0); if (document.scrollingElement) { document.scrollingElement.scrollTop = 0; }");
    }
}
