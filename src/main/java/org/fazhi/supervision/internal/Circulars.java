package org.fazhi.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.identity.AccountContact;
import org.fazhi.identity.AccountDirectory;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.PlanSummary;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.ProgressDirectory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通报 — the office drafts a circular from the data of one plan and period ({@link CircularFigures}: late units,
 * units that never reported, best performers), edits the draft, and publishes it to an audience, who find it in
 * their inbox. A period with no report due is refused; a published circular is never edited. Drafts are the
 * office's (city leaders read them too); a published circular is read by its audience.
 */
@Service
@Transactional
public class Circulars {

    private static final String SELECT = "select id, plan_id, period_from, period_to, title, body, state, audience,"
            + " created_by, created_at, published_by, published_at, version from supervision_circular";

    private final JdbcTemplate jdbc;
    private final ProgressDirectory progress;
    private final PlanDirectory plans;
    private final AccountDirectory accounts;
    private final Notifications notifications;
    private final MessageSource messages;

    Circulars(JdbcTemplate jdbc, ProgressDirectory progress, PlanDirectory plans, AccountDirectory accounts,
              Notifications notifications, MessageSource messages) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.plans = plans;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
    }

    public Circular draft(CurrentUser user, long planId, LocalDate from, LocalDate to) {
        SupervisionAccess.requireOffice(user);
        PlanSummary plan = plans.plan(planId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("error.supervision.circular.period");
        }
        CircularFigures figures = CircularFigures.of(progress.ofPlan(planId), from, to, progress.today());
        if (figures.due() == 0) {
            throw new DomainException("error.supervision.circular.empty", from.toString(), to.toString());
        }
        String title = msg("supervision.circular.generated.title", plan.title(), from.toString(), to.toString());
        String body = body(figures, from, to);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into supervision_circular (plan_id, period_from, period_to, title,"
                    + " body, state, created_by, updated_by) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?)", new String[] {"id"});
            ps.setLong(1, planId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            ps.setString(4, title);
            ps.setString(5, body);
            ps.setString(6, user.username());
            ps.setString(7, user.username());
            return ps;
        }, keys);
        return find(keys.getKey().longValue());
    }

    public Circular edit(CurrentUser user, long id, long version, String title, String body) {
        SupervisionAccess.requireOffice(user);
        Circular c = find(id);
        if (c.published()) {
            throw new DomainException("error.supervision.circular.published");
        }
        int n = jdbc.update("update supervision_circular set title = ?, body = ?, updated_by = ?, updated_at = now(),"
                + " version = version + 1 where id = ? and version = ? and state = 'DRAFT'",
                Texts.required(title, 300, "error.supervision.circular.titleRequired"),
                Texts.required(body, 50_000, "error.supervision.circular.bodyRequired"), user.username(), id, version);
        if (n == 0) {
            throw new DomainException("error.supervision.stale");
        }
        return find(id);
    }

    public Circular publish(CurrentUser user, long id, long version, Circular.Audience audience) {
        SupervisionAccess.requireOffice(user);
        if (audience == null) {
            throw new DomainException("error.supervision.circular.audience");
        }
        Circular c = find(id);
        if (c.published()) {
            throw new DomainException("error.supervision.circular.published");
        }
        if (jdbc.update("update supervision_circular set state = 'PUBLISHED', audience = ?, published_by = ?,"
                + " published_at = now(), version = version + 1 where id = ? and version = ? and state = 'DRAFT'",
                audience.name(), user.username(), id, version) == 0) {
            throw new DomainException("error.supervision.stale");
        }
        List<String> to = accounts.all().stream().filter(a -> inAudience(a, audience))
                .map(AccountContact::username).toList();
        notifications.send(to, NotificationKind.CIRCULAR, "supervision.notice.circular", List.of(c.title()), null,
                "/supervision/circulars/" + id);
        return find(id);
    }

    @Transactional(readOnly = true)
    public Circular one(CurrentUser user, long id) {
        Circular c = find(id);
        if (!mayRead(user, c)) {
            throw new NotFoundException("error.notFound");
        }
        return c;
    }

    @Transactional(readOnly = true)
    public List<Circular> list(CurrentUser user) {
        return jdbc.query(SELECT + " order by created_at desc, id desc limit 200", Circulars::row).stream()
                .filter(c -> mayRead(user, c)).toList();
    }

    private static boolean mayRead(CurrentUser user, Circular c) {
        if (user.seesAllUnits()) {
            return true;
        }
        boolean unitUser = user.has(Role.UNIT_LIAISON) || user.has(Role.UNIT_LEADER);
        return c.published() && unitUser
                && (c.audience() == Circular.Audience.ALL_UNITS || user.has(Role.UNIT_LEADER));
    }

    private static boolean inAudience(AccountContact a, Circular.Audience audience) {
        return a.has(Role.CITY_LEADER) || a.has(Role.UNIT_LEADER)
                || (audience == Circular.Audience.ALL_UNITS && a.has(Role.UNIT_LIAISON));
    }

    private String body(CircularFigures f, LocalDate from, LocalDate to) {
        List<String> lines = new ArrayList<>();
        lines.add(msg("supervision.circular.generated.intro", from.toString(), to.toString(), f.due()));
        lines.add(msg("supervision.circular.generated.best"));
        lines.add(names(f.best()));
        lines.add(msg("supervision.circular.generated.late"));
        lines.add(f.late().isEmpty() ? msg("supervision.circular.generated.none") : String.join("；", f.late().stream()
                .map(u -> msg("supervision.circular.generated.lateUnit", u.unitName(), u.overdue())).toList()) + "。");
        lines.add(msg("supervision.circular.generated.silent"));
        lines.add(names(f.silent()));
        lines.add(msg("supervision.circular.generated.closing"));
        return String.join("\n", lines);
    }

    private String names(List<CircularFigures.UnitFigure> units) {
        return units.isEmpty() ? msg("supervision.circular.generated.none")
                : String.join("、", units.stream().map(CircularFigures.UnitFigure::unitName).toList()) + "。";
    }

    private Circular find(long id) {
        return jdbc.query(SELECT + " where id = ?", Circulars::row, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    private static Circular row(ResultSet rs, int i) throws SQLException {
        String audience = rs.getString(8);
        return new Circular(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), "PUBLISHED".equals(rs.getString(7)),
                audience == null ? null : Circular.Audience.valueOf(audience), rs.getString(9),
                rs.getTimestamp(10).toInstant(), rs.getString(11),
                rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(), rs.getLong(13));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
