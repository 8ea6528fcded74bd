/**
 * The changes between two versions besides title, summary and body (lib/revision/version-changes):
 * language, Action Lines, C7 sub-items, SDGs, answers (word by word, as the body), attachments and
 * co-sponsors. Removed
 * items are struck (<del>), added ones underlined (<ins>), each with a hidden "[deleted: …]" /
 * "[inserted: …]" for screen readers, as the revision marks do.
 */
import { useLocale, useTranslations } from "next-intl";
import { c7SubitemTitle } from "@/lib/reference";
import { versionChanges, type ListChange, type VersionSnapshot } from "@/lib/revision/version-changes";
import { wordDiff } from "@/lib/revision/word-diff";
import { RevisionMarks } from "./revision-marks";

function ListDiff<T>({ change, label, id = (v) => String(v) }: { change: ListChange<T>; label: (v: T) => React.ReactNode; id?: (v: T) => string }) {
  const t = useTranslations("versions");
  if (change.removed.length + change.added.length === 0) return <p>{t("noChanges")}</p>;
  return (
    <ul className="version-list-diff">
      {change.removed.map((v) => (
        <li key={`-${id(v)}`}>
          <del>
            <span className="visually-hidden">{t("removedItem")} </span>
            <bdi>{label(v)}</bdi>
          </del>
        </li>
      ))}
      {change.added.map((v) => (
        <li key={`+${id(v)}`}>
          <ins>
            <span className="visually-hidden">{t("addedItem")} </span>
            <bdi>{label(v)}</bdi>
          </ins>
        </li>
      ))}
      {change.kept.map((v) => (
        <li key={`=${id(v)}`} className="meta">
          <bdi>{label(v)}</bdi>
        </li>
      ))}
    </ul>
  );
}

export function VersionMetadataCompare({ a, b }: { a: VersionSnapshot; b: VersionSnapshot }) {
  const t = useTranslations("versions");
  const tc = useTranslations("cosponsors");
  const locale = useLocale();
  const c = versionChanges(a, b);
  const section = (id: string, heading: string, children: React.ReactNode) => (
    <section key={id} aria-labelledby={`diff-${id}`}>
      <h2 id={`diff-${id}`}>{heading}</h2>
      {children}
    </section>
  );
  return (
    <>
      {section("language", t("language"), c.language ? <p><del><bdi lang="en">{c.language.before.toUpperCase()}</bdi></del> → <ins><bdi lang="en">{c.language.after.toUpperCase()}</bdi></ins></p> : <p>{t("noChanges")}</p>)}
      {section("actionLines", t("actionLines"), <ListDiff change={c.actionLines} label={(v) => v} />)}
      {(c.c7SubItems.removed.length + c.c7SubItems.added.length + c.c7SubItems.kept.length > 0) &&
        section(
          "c7SubItems",
          t("c7SubItems"),
          <ListDiff
            change={c.c7SubItems}
            label={(key) => {
              const title = c7SubitemTitle(key, locale);
              return <span lang={title.lang}>{title.text}</span>;
            }}
          />,
        )}
      {section("sdgs", t("sdgs"), <ListDiff change={c.sdgs} label={(v) => t("sdg", { n: v })} />)}
      {section(
        "answers",
        t("answers"),
        c.answers.length === 0 ? (
          <p>{t("noChanges")}</p>
        ) : (
          c.answers.map((x) => (
            <div key={x.questionId}>
              <h3>{t("question", { n: x.position })}</h3>
              <RevisionMarks runs={wordDiff(x.before, x.after, b.language)} lang={b.language} block />
            </div>
          ))
        ),
      )}
      {section("attachments", t("attachments"), <ListDiff change={c.attachments} label={(v) => v} />)}
      {section(
        "cosponsors",
        tc("heading"),
        <ListDiff change={c.cosponsors} id={(x) => `${x.organisationId}:${x.status}`} label={(x) => `${x.name} (${tc(`status.${x.status as "INVITED"}`)})`} />,
      )}
    </>
  );
}
