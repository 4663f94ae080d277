package nl.koers.pop;

/** The three bands of the 70-20-10 model, each with its share of the learning. */
public enum LearningForm {
    /** Learning by doing the work: shadowing, projects, new tasks, rotation (about 70%). */
    WERKPLEK(70),
    /** Learning from others: coaching, a mentor, peer review, feedback (about 20%). */
    SOCIAAL(20),
    /** Courses, training, education (about 10%). */
    FORMEEL(10);

    private final int share;

    LearningForm(int share) {
        this.share = share;
    }

    /** The percentage of learning the 70-20-10 model expects from this form. */
    public int share() {
        return share;
    }
}
