package org.ilo.helpdesk.ssg.taxonomies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.markdown.QuestionBlock;
import org.ilo.helpdesk.ssg.model.Page;
import org.ilo.helpdesk.ssg.model.SiteModel;

/**
 * Questions on other Q&A pages that a reader of this one may want next: those citing the same
 * instruments weigh most, then shared topics. Ties keep the order of the pages and questions, so the
 * result is the same on every build. Questions are indexed by the instruments they cite, once per
 * language, so that finding them costs the candidates, not every question of the site.
 */
public final class RelatedQuestions {

    /** A question of another page, with how closely it relates. */
    public record Related(Page page, QuestionBlock question, int score) {
    }

    private record Candidate(int order, Page page, QuestionBlock question) {
    }

    private final SiteModel model;
    private final Map<String, Map<String, List<Candidate>>> byCitation = new ConcurrentHashMap<>();

    public RelatedQuestions(SiteModel model) {
        this.model = model;
    }

    private Map<String, List<Candidate>> index(String language) {
        return byCitation.computeIfAbsent(language, l -> {
            Map<String, List<Candidate>> index = new HashMap<>();
            int order = 0;
            for (Page page : model.listable(l, PageKind.QA)) {
                for (QuestionBlock question : page.document().questions()) {
                    Candidate candidate = new Candidate(order++, page, question);
                    question.citations().forEach(code -> index.computeIfAbsent(code, c -> new ArrayList<>()).add(candidate));
                }
            }
            return index;
        });
    }

    public List<Related> of(Page page, int max) {
        Set<String> instruments = new HashSet<>(page.frontMatter().instruments());
        page.document().questions().forEach(q -> instruments.addAll(q.citations()));
        instruments.remove("MNE");
        Set<String> topics = new HashSet<>(page.frontMatter().topics());
        Map<String, List<Candidate>> index = index(page.language());
        Set<Candidate> candidates = new LinkedHashSet<>();
        instruments.stream().sorted().forEach(code -> candidates.addAll(index.getOrDefault(code, List.of())));
        List<Related> scored = new ArrayList<>();
        for (Candidate candidate : candidates.stream().sorted(Comparator.comparingInt(Candidate::order)).toList()) {
            if (candidate.page().translationKey().equals(page.translationKey())) {
                continue;
            }
            int instrumentScore = (int) candidate.question().citations().stream().filter(instruments::contains).count();
            int topicScore = (int) candidate.page().frontMatter().topics().stream().filter(topics::contains).count();
            scored.add(new Related(candidate.page(), candidate.question(), 2 * instrumentScore + topicScore));
        }
        scored.sort(Comparator.comparingInt(Related::score).reversed().thenComparing(r -> r.page().sourcePath()));
        // At most two questions from the same page, so that the list leads to several pages.
        List<Related> chosen = new ArrayList<>();
        for (Related related : scored) {
            long fromPage = chosen.stream().filter(c -> c.page() == related.page()).count();
            if (fromPage < 2) {
                chosen.add(related);
            }
            if (chosen.size() == max) {
                break;
            }
        }
        return chosen;
    }
}
