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
        var result = node.getBean(PersonalDataSearch.class).search(reference,
                new PersonalDataSource.Identity(request.requesterEmail(), requests.otherIdentifiers(reference)));
        var overview = node.getBean(AccessOverviewBuilder.class).build(request, result.records(), node.getBean(AccessRedactions.class).of(reference));
        node.getBean(AccessAnswers.class).save(reference, overview);
        return overview.zip().length;
    }
}
