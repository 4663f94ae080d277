package nl.koers.knowledge;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.koers.accounts.KoersPrincipal;
import nl.koers.accounts.Role;
import nl.koers.web.KoersProblem;
import nl.koers.web.UserText;

/** The Dutch search page for everyone; for HR also the index status and a reindex button. */
@Controller
class KnowledgePageController {

    static final int PAGE_HITS = 10;
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final KnowledgeSearch search;
    private final KnowledgeIndexer indexer;
    private final Clock clock;
    private final KnowledgeArticles articles;

    KnowledgePageController(KnowledgeSearch search, KnowledgeIndexer indexer, Clock clock, KnowledgeArticles articles) {
        this.articles = articles;
        this.search = search;
        this.indexer = indexer;
        this.clock = clock;
    }

    @GetMapping("/kennis")
    String search(@RequestParam(name = "q", required = false) String q,
            @AuthenticationPrincipal KoersPrincipal principal, Model model) {
        String question = q == null ? "" : UserText.clean(q).strip();
        int maxLength = search.limits().maxQueryLength();
        model.addAttribute("q", question);
        model.addAttribute("maxLength", maxLength);
        if (question.length() > maxLength) {
            model.addAttribute("error", "knowledge.tooLong");
            model.addAttribute("hits", List.of());
        } else {
            model.addAttribute("hits", question.isEmpty() ? List.of() : search.search(question, PAGE_HITS));
        }
        if (principal.user().role() == Role.HR) {
            IndexStatus status = indexer.status();
            model.addAttribute("status", status);
            model.addAttribute("builtAt", status.builtAt() == null ? null
                    : DATE_TIME.format(status.builtAt().atZone(clock.getZone())));
        }
        return "knowledge/search";
    }

    @GetMapping("/kennis/artikel")
    String article(@RequestParam(name = "bron", required = false) String source, Model model) {
        KnowledgeArticles.Article article = articles.find(source).orElseThrow(() -> KoersProblem.notFound(
                "Dit artikel staat niet (meer) in de kennisbank."));
        model.addAttribute("article", article);
        model.addAttribute("expired", article.expiredOn(java.time.LocalDate.now(clock)));
        return "knowledge/article";
    }

    @PostMapping("/kennis/herindexeren")
    String reindex() {
        indexer.requestReindex();
        return "redirect:/kennis?herindexeren";
    }
}
