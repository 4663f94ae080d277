package nl.koers.knowledge;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.koers.web.KoersProblem;
import nl.koers.web.UserText;

/** The knowledge API: search for every role, reindex for HR (enforced in the security configuration). */
@RestController
@RequestMapping("/api/knowledge")
class KnowledgeController {

    static final int DEFAULT_HITS = 5;

    private final KnowledgeSearch search;
    private final KnowledgeIndexer indexer;

    KnowledgeController(KnowledgeSearch search, KnowledgeIndexer indexer) {
        this.search = search;
        this.indexer = indexer;
    }

    @GetMapping("/search")
    List<SearchHit> search(@RequestParam(name = "q", required = false) String typed,
            @RequestParam(name = "k", defaultValue = "" + DEFAULT_HITS) int k) {
        SearchProperties limits = search.limits();
        String q = UserText.clean(typed);
        if (q == null || q.isBlank()) {
            throw KoersProblem.badRequest("Geef een zoekvraag op in de parameter q.");
        }
        if (q.strip().length() > limits.maxQueryLength()) {
            throw KoersProblem.badRequest("De zoekvraag is te lang: gebruik hoogstens " + limits.maxQueryLength()
                    + " tekens.");
        }
        if (k < 1 || k > limits.maxResults()) {
            throw KoersProblem.badRequest("Het aantal resultaten (k) moet tussen 1 en " + limits.maxResults()
                    + " liggen.");
        }
        return search.search(q, k);
    }

    @PostMapping("/reindex")
    ResponseEntity<Map<String, String>> reindex() {
        indexer.requestReindex();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(Map.of("status", "De kennisbank wordt opnieuw opgebouwd. Zoeken blijft intussen werken."));
    }
}
