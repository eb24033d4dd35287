package app.ripple.challenge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The acts benchmark's unit of cost: one button and one label that a tap updates, the least a Vaadin
 * round trip can do. Registered as a route only while {@link ActsUiBenchmarkIT} runs.
 */
@AnonymousAllowed
public class BareRoundTripView extends Div {

    private int taps;

    public BareRoundTripView() {
        Span label = new Span("0");
        label.setId("bare-label");
        Button button = new Button("+1", e -> label.setText(String.valueOf(++taps)));
        button.setId("bare-button");
        add(button, label);
    }
}
