package org.privacyrequests.lookup;

import java.util.List;

/**
 * Where the company's personal data lives, as the look-up sees it: the configured sources, each a
 * {@link PersonalDataSource}. The connectors provide it; the look-up does not know how they are configured.
 */
public interface PersonalDataSources {

    List<PersonalDataSource> sources();
}
