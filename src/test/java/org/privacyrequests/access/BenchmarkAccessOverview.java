package org.privacyrequests.access;

import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.context.ApplicationContext;

/**
 * For the access export benchmark: what "Build access overview" does for a request (search every source, build
 * the answer and its zip, keep them), without the step's check that the requester's identity was verified, which
 * a benchmark's request does not go through. Returns the zip's size.
 */
public final class BenchmarkAccessOverview {

    private BenchmarkAccessOverview() {
    }

    public static long build(ApplicationContext node, String reference) {
        var requests = node.getBean(DataSubjectRequestRepository.class);
        var request = requests.find(reference).orElseThrow();
        long start = System.nanoTime();
        node.getBean(PersonalDataSearch.class).search(reference,
                new PersonalDataSource.Identity(request.requesterEmail(), requests.otherIdentifiers(reference)));
        long searched = System.nanoTime();
        try (PreparedAnswer answer = node.getBean(AccessOverviewBuilder.class).build(request, node.getBean(AccessRedactions.class).of(reference))) {
            long built = System.nanoTime();
            node.getBean(AccessAnswers.class).save(reference, answer);
            System.out.printf(java.util.Locale.ROOT, "BENCHMARK access export phases: search and keep the records %.2f s, answer and zip %.2f s, "
                    + "keep the answer %.2f s%n", (searched - start) / 1e9, (built - searched) / 1e9, (System.nanoTime() - built) / 1e9);
            return answer.zipSize();
        }
    }
}
