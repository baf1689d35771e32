package org.privacyrequests.routing;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The webshops on whose behalf the company processes consumer data, from the customer administration. */
@Repository
public class Webshops {

    private final JdbcTemplate jdbc;

    public Webshops(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Webshop get(long id) {
        return jdbc.queryForObject("SELECT id, name, domain, privacy_contact_email, language FROM webshop WHERE id = ?",
                (rs, i) -> new Webshop(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), id);
    }

    /** The webshop whose privacy contact has this address: a mail from it may carry that webshop's instruction. */
    public java.util.Optional<Webshop> byPrivacyContact(String email) {
        return email == null ? java.util.Optional.empty() : jdbc.query(
                "SELECT id, name, domain, privacy_contact_email, language FROM webshop WHERE LOWER(privacy_contact_email) = LOWER(?)",
                (rs, i) -> new Webshop(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), email.trim())
                .stream().findFirst();
    }

    public List<Webshop> all(List<? extends Number> ids) {
        return ids.stream().map(id -> get(id.longValue())).toList();
    }
}
