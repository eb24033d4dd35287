package app.ripple.lesson.attitude;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The instruments shipped with Ripple. Ids are stored with answers, so they never change.
 *
 * <p>Only two instruments are shipped: the School Kindness Scale (free to use with credit to its
 * authors; the credit is {@link Instrument#citation()} and must be printed wherever it is used)
 * and Ripple's own stigma check, which is <strong>not</strong> a validated instrument. Licensed
 * stigma scales (for example MAKS or RIBS) must never be added here: their item text may not be
 * shipped in this repository. Schools import their licensed copy with {@link InstrumentImporter}.
 */
public final class BuiltInInstruments {

    /** The five-point agreement scale of the School Kindness Scale, English and Spanish. */
    public static final ResponseScale AGREEMENT_1_TO_5 = new ResponseScale(1, 5, Map.of(
            "en", List.of("Disagree a lot", "Disagree a little", "Don't agree or disagree", "Agree a little", "Agree a lot"),
            "es", List.of("Muy en desacuerdo", "Un poco en desacuerdo", "Ni de acuerdo ni en desacuerdo",
                    "Un poco de acuerdo", "Muy de acuerdo")));

    /**
     * School Kindness Scale (Binfet, Gadermann &amp; Schonert-Reichl, 2016). The English items are
     * the authors'; the Spanish items and labels are Ripple's translation (not validated by the
     * authors), marked by {@link Instrument#rippleTranslations()}.
     */
    public static final Instrument SCHOOL_KINDNESS_SCALE = new Instrument(
            "school-kindness-scale",
            Map.of("en", "School Kindness Scale", "es", "Escala de Amabilidad Escolar (School Kindness Scale)"),
            "School Kindness Scale: Binfet, J. T., Gadermann, A. M., & Schonert-Reichl, K. A. (2016). "
                    + "Psychology in the Schools, 53(2). Used with credit to the authors.",
            true,
            Set.of("es"),
            Instrument.Origin.BUILT_IN,
            AGREEMENT_1_TO_5,
            List.of(
                    item("sks-1", "The adults in my school model kindness",
                            "Los adultos de mi escuela dan ejemplo de amabilidad", false),
                    item("sks-2", "Kindness happens regularly in my classroom",
                            "En mi clase, la amabilidad se da con regularidad", false),
                    item("sks-3", "Kindness happens regularly in my school",
                            "En mi escuela, la amabilidad se da con regularidad", false),
                    item("sks-4", "My teacher is kind",
                            "Mi maestro o maestra es amable", false),
                    item("sks-5", "At my school, I am encouraged to be kind",
                            "En mi escuela me animan a ser amable", false)));

    /**
     * Ripple's stigma check: six statements for ages 6–14, written by Ripple. Not a validated
     * instrument ({@link Instrument#validated()} is {@code false}); it starts a conversation and
     * describes a class, it does not measure stigma the way a published scale does. Reverse-scored
     * items are the stigmatising statements, so a higher score always means more accepting.
     */
    public static final Instrument STIGMA_CHECK = new Instrument(
            "ripple-stigma-check",
            Map.of("en", "Ripple stigma check (not a validated instrument)",
                    "es", "Sondeo de Ripple sobre el estigma (no es un instrumento validado)"),
            "Written by the Ripple project. Not a validated instrument.",
            false,
            Set.of(),
            Instrument.Origin.BUILT_IN,
            AGREEMENT_1_TO_5,
            List.of(
                    item("rsc-1", "It is OK to talk about feelings.",
                            "Está bien hablar de los sentimientos.", false),
                    item("rsc-2", "People with mental health problems are scary.",
                            "Las personas con problemas de salud mental dan miedo.", true),
                    item("rsc-3", "If a friend felt very sad for a long time, I would still want to be their friend.",
                            "Si un amigo o una amiga estuviera muy triste durante mucho tiempo, yo seguiría queriendo ser su amigo o amiga.", false),
                    item("rsc-4", "Asking for help when you feel bad means you are weak.",
                            "Pedir ayuda cuando te sientes mal significa que eres débil.", true),
                    item("rsc-5", "Anyone can have a mental health problem, and people can get better.",
                            "Cualquier persona puede tener un problema de salud mental, y las personas pueden mejorar.", false),
                    item("rsc-6", "Kids who get help for their feelings are weird.",
                            "Los niños y niñas que reciben ayuda con sus sentimientos son raros.", true)));

    private static final List<Instrument> ALL = List.of(SCHOOL_KINDNESS_SCALE, STIGMA_CHECK);

    private BuiltInInstruments() {
    }

    public static List<Instrument> all() {
        return ALL;
    }

    public static Optional<Instrument> byId(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Ids an imported instrument may not use. */
    public static Set<String> ids() {
        return Set.of(SCHOOL_KINDNESS_SCALE.id(), STIGMA_CHECK.id());
    }

    private static Item item(String id, String en, String es, boolean reverse) {
        return new Item(id, Map.of("en", en, "es", es), reverse);
    }
}
