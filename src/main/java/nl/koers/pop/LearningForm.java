package nl.koers.pop;

/** The three bands of the 70-20-10 model. */
public enum LearningForm {
    /** Learning by doing the work: shadowing, projects, new tasks, rotation (about 70%). */
    WERKPLEK,
    /** Learning from others: coaching, a mentor, peer review, feedback (about 20%). */
    SOCIAAL,
    /** Courses, training, education (about 10%). */
    FORMEEL
}
