package org.lacrima.app.export.fhir;

import java.io.IOException;
import org.hl7.fhir.r4.model.Bundle;
import org.lacrima.app.jobs.AnalysisDocument;

/**
 * The FHIR Bundle of an analysis the web app stored (its {@link AnalysisDocument} JSON, read back through the one
 * JSON mapping). Episodes, baseline and channels are exact; the session means of heart and respiratory rate are
 * taken over the stored (thinned) series, whose bins are means of equal stretches, so they can differ from the
 * CLI's figure in the last digits where a bin was partly a gap.
 */
public final class StoredAnalysisBundle {
    private StoredAnalysisBundle() {
    }

    /**
     * @param documentJson the stored analysis document
     * @param subjectCode  the client's pseudonymous code
     * @param source       what the recording was (session title or file name), for the Device
     */
    public static Bundle of(String documentJson, String subjectCode, String source) throws IOException {
        return SessionBundle.inSystemZone().of(AnalysisDocument.read(documentJson, subjectCode, source));
    }
}
