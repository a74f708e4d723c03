package org.ilo.helpdesk.ssg.taxonomies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.markdown.QuestionBlock;
import org.ilo.helpdesk.ssg.model.Page;
import org.ilo.helpdesk.ssg.model.SiteModel;

/**
 * Questions on other Q&A pages that a reader of this one may want next: those citing the same
 * instruments weigh most, then shared topics. Ties keep the order of the pages and questions, so the
 * result is the same on every build.
 */
public final class RelatedQuestions {

    /** A question of another page, with how closely it relates. */
    public record Related(Page page, QuestionBlock question, int score) {
    }

    private RelatedQuestions() {
    }

    public static List<Related> of(SiteModel model, Page page, int max) {
        Set<String> instruments = new HashSet<>(page.frontMatter().instruments());
        page.document().questions().forEach(q -> instruments.addAll(q.citations()));
        instruments.remove("MNE");
        Set<String> topics = new HashSet<>(page.frontMatter().topics());
        List<Related> candidates = new ArrayList<>();
        for (Page other : model.listable(page.language(), PageKind.QA)) {
            if (other.translationKey().equals(page.translationKey())) {
                continue;
            }
            int topicScore = (int) other.frontMatter().topics().stream().filter(topics::contains).count();
            for (QuestionBlock question : other.document().questions()) {
                int instrumentScore = (int) question.citations().stream().filter(instruments::contains).count();
                int score = 2 * instrumentScore + topicScore;
                if (instrumentScore > 0) {
                    candidates.add(new Related(other, question, score));
                }
            }
        }
        List<Related> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Related::score).reversed()
                .thenComparing(r -> r.page().sourcePath()));
        // At most two questions from the same page, so that the list leads to several pages.
        List<Related> chosen = new ArrayList<>();
        for (Related related : sorted) {
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
