#!/usr/bin/env python3
"""The two-node cluster test (docs/cluster.md): two PhoiHop JVMs on one fresh PostgreSQL database,
GreenMail as the SMTP server. Exits non-zero when a promise breaks.

  scripts/cluster-test.py            # needs target/phoihop-*.jar and the GreenMail standalone jar

Environment: CLUSTER_PG_DB, CLUSTER_PG_USER, CLUSTER_PG_PASS (an empty database owned by that user
on localhost:5432), CLUSTER_TASKS (tasks per batch, default 1000), GREENMAIL_JAR (default
target/cluster/greenmail-standalone-*.jar). Logs go to target/cluster/.

Phases:
  d+c  both nodes started together on the empty database: both ready, one deployment.
  a    CLUSTER_TASKS agreements (a drafting task with a reminder timer each) created through
       /api/v1 on both nodes; their reminder jobs made due at once by SQL (ACT_RU_JOB.DUEDATE_,
       a test shortcut for moving time); every reminder fires once, on both nodes, each mail once.
  b+e  the same again with GreenMail stopped before the timers are due and node 2 killed with
       kill -9 while it executes them: node 1 takes over node 2's locked jobs when their lock
       expires; the outbox keeps the mail while SMTP is down and sends each once when it is back.
"""
import concurrent.futures
import glob
import imaplib
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import base64

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "cluster")
DB = os.environ.get("CLUSTER_PG_DB", "phoihop_cluster")
DB_USER = os.environ.get("CLUSTER_PG_USER", DB)
DB_PASS = os.environ["CLUSTER_PG_PASS"]
TASKS = int(os.environ.get("CLUSTER_TASKS", "1000"))
SMTP_PORT, IMAP_PORT, GREENMAIL_API_PORT = 3925, 3943, 3980
PORTS = {"node-1": 18081, "node-2": 18082}
LOCK_TIME_MS = 15000
OFFICER, PASSWORD, PARTNER = "canbo.qltttni", "PhoiHop@2026", "CA-TNI"
REMINDER = "Reminder_Task_DraftAgreement"

failures = []
summary = []


def log(message):
    print(f"[cluster {time.strftime('%H:%M:%S')}] {message}", flush=True)


def check(ok, what):
    (summary if ok else failures).append(("OK   " if ok else "FAIL ") + what)
    log(("ok: " if ok else "FAILED: ") + what)


def sql(query):
    """Runs one query with psql; rows as lists of strings."""
    result = subprocess.run(
        ["psql", "-h", "localhost", "-U", DB_USER, "-d", DB, "-tAq", "-F", "\t", "-v",
         "ON_ERROR_STOP=1", "-c", query],
        env={**os.environ, "PGPASSWORD": DB_PASS}, capture_output=True, text=True, check=True)
    return [line.split("\t") for line in result.stdout.splitlines() if line]


def scalar(query):
    return int(sql(query)[0][0])


# --- processes -----------------------------------------------------------------------------------

def greenmail_start():
    jar = os.environ.get("GREENMAIL_JAR") or sorted(
        glob.glob(os.path.join(OUT, "greenmail-standalone-*.jar")))[-1]
    out = open(os.path.join(OUT, "greenmail.log"), "a")
    process = subprocess.Popen(
        ["java", "-Xmx256m", "-Dgreenmail.auth.disabled",
         "-Dgreenmail.smtp.hostname=127.0.0.1", f"-Dgreenmail.smtp.port={SMTP_PORT}",
         "-Dgreenmail.imap.hostname=127.0.0.1", f"-Dgreenmail.imap.port={IMAP_PORT}",
         "-Dgreenmail.api.hostname=127.0.0.1", f"-Dgreenmail.api.port={GREENMAIL_API_PORT}",
         "-jar", jar], stdout=out, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            imaplib.IMAP4("127.0.0.1", IMAP_PORT).logout()
            return process
        except OSError:
            time.sleep(0.5)
    raise SystemExit("GreenMail did not start")


def node_start(name):
    jar = sorted(glob.glob(os.path.join(ROOT, "target", "phoihop-*.jar")))[-1]
    env = {
        **os.environ,
        "SPRING_PROFILES_ACTIVE": "postgres",
        "POSTGRES_URL": f"jdbc:postgresql://localhost:5432/{DB}",
        "POSTGRES_USER": DB_USER,
        "POSTGRES_PASS": DB_PASS,
        "PHOIHOP_DEMO_ENABLED": "true",
        "PHOIHOP_MAIL_HOST": "127.0.0.1",
        "PHOIHOP_MAIL_PORT": str(SMTP_PORT),
        "PORT": str(PORTS[name]),
    }
    args = [
        "java", "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", jar,
        f"--camunda.bpm.generic-properties.properties.hostname={name}",
        f"--camunda.bpm.job-execution.lock-time-in-millis={LOCK_TIME_MS}",
        "--phoihop.notification.send-interval=PT1S",
        "--phoihop.notification.retry-backoff=PT0.5S",
        "--phoihop.notification.lease=PT15S",
        "--phoihop.notification.batch-size=200",
    ]
    out = open(os.path.join(OUT, f"{name}.log"), "w")
    return subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT)


def ready(name):
    try:
        with urllib.request.urlopen(
                f"http://127.0.0.1:{PORTS[name]}/actuator/health/readiness", timeout=5) as r:
            return json.load(r).get("status") == "UP"
    except (urllib.error.URLError, OSError, ValueError):
        return False


def wait_ready(nodes, started, timeout=300):
    up = {}
    while len(up) < len(nodes) and time.time() - started < timeout:
        for name, process in nodes.items():
            if name in up:
                continue
            if process.poll() is not None:
                return up, f"{name} exited with {process.returncode} (see target/cluster/{name}.log)"
            if ready(name):
                up[name] = time.time() - started
        time.sleep(1)
    return up, None if len(up) == len(nodes) else "timed out"


def wait_for(what, condition, timeout):
    started = time.time()
    while time.time() - started < timeout:
        if condition():
            return time.time() - started
        time.sleep(0.5)
    log(f"gave up waiting for {what} after {timeout} s")
    return None


# --- the batch -----------------------------------------------------------------------------------

def post_agreement(port, index, batch):
    body = json.dumps({
        "title": f"Quy chế phối hợp thử cụm {batch}-{index}",
        "kind": "REGULATION",
        "approvalPath": "CO_SIGNED",
        "partnerAgencies": [PARTNER],
        "fields": ["PETROLEUM"],
        "termStart": "2026-03-01",
        "termEnd": "2028-12-31",
        "evaluationCadence": "QUARTERLY",
    }).encode()
    auth = base64.b64encode(f"{OFFICER}:{PASSWORD}".encode()).decode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/agreements", data=body, method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Basic {auth}"})
    with urllib.request.urlopen(request, timeout=60) as r:
        return json.load(r)["code"]


def create_batch(batch, ports):
    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(lambda i: post_agreement(ports[i % len(ports)], i, batch),
                              range(TASKS)))
    log(f"batch {batch}: {len(codes)} agreements created in {time.time() - started:.0f} s")
    return codes


def in_list(values):
    return ",".join("'" + v.replace("'", "''") + "'" for v in values)


def reminder_jobs(codes):
    """The reminder timer job of each agreement's drafting task, by its business key."""
    return [row[0] for row in sql(
        "select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
        f" where j.handler_cfg_ like '%{REMINDER}%' and e.business_key_ in ({in_list(codes)})")]


def make_due(job_ids):
    # Moving time for a test: the timers' due date is set to now, so all are due at one moment.
    sql(f"update act_ru_job set duedate_ = now() where id_ in ({in_list(job_ids)})")
    return time.time()


def jobs_left(job_ids):
    return scalar(f"select count(*) from act_ru_job where id_ in ({in_list(job_ids)})")


def executions(job_ids):
    """Successful executions per job (job log, state 2) and per node."""
    rows = sql("select job_id_, hostname_ from act_hi_job_log where job_state_ = 2"
               f" and job_id_ in ({in_list(job_ids)})")
    per_job, per_node = {}, {}
    for job_id, host in rows:
        per_job[job_id] = per_job.get(job_id, 0) + 1
        per_node[host] = per_node.get(host, 0) + 1
    return per_job, per_node


def outbox(codes):
    return sql("select id, business_key, task_id, recipient_email, status, attempts"
               f" from notification where kind = 'REMINDER' and business_key in ({in_list(codes)})")


def outbox_unsent(codes):
    return scalar("select count(*) from notification where kind = 'REMINDER' and status <> 'SENT'"
                  f" and business_key in ({in_list(codes)})")


def mails(recipients):
    """(recipient, task id) -> how many mails GreenMail received for it."""
    received = {}
    for email in recipients:
        imap = imaplib.IMAP4("127.0.0.1", IMAP_PORT)
        imap.login(email, "x")
        imap.select("INBOX", readonly=True)
        _, data = imap.search(None, "ALL")
        ids = data[0].split()
        if ids:
            _, parts = imap.fetch(b",".join(ids), "(BODY.PEEK[TEXT])")
            for part in parts:
                if isinstance(part, tuple):
                    text = part[1].decode("utf-8", "replace").replace("=\r\n", "")
                    for task in set(re.findall(r"task=3D([0-9a-f-]{36})|task=([0-9a-f-]{36})", text)):
                        key = (email, task[0] or task[1])
                        received[key] = received.get(key, 0) + 1
        imap.logout()
    return received


def check_batch(label, codes, job_ids, started_at):
    per_job, per_node = executions(job_ids)
    fired = sum(1 for j in job_ids if per_job.get(j, 0) >= 1)
    doubled = sum(1 for j in job_ids if per_job.get(j, 0) > 1)
    rows = outbox(codes)
    per_row = {}
    for _, key, task, email, status, _ in rows:
        per_row[(key, task, email)] = per_row.get((key, task, email), 0) + 1
    duplicate_rows = sum(n - 1 for n in per_row.values() if n > 1)
    keys_with_row = {key for key, _, _ in per_row}
    sent = sum(1 for row in rows if row[4] == "SENT")
    received = mails({row[3] for row in rows if row[3]})
    expected = {(email, task) for _, _, task, email, _, _ in rows}
    delivered_once = sum(1 for k in expected if received.get(k) == 1)
    extra_mails = sum(n for k, n in received.items() if k not in expected) + sum(
        n - 1 for k, n in received.items() if k in expected and n > 1)
    figures = {
        "timers": len(job_ids), "fired": fired, "fired_twice": doubled,
        "jobs_per_node": per_node, "outbox_rows": len(rows), "duplicate_rows": duplicate_rows,
        "tasks_with_reminder_row": len(keys_with_row), "sent": sent,
        "mails_delivered_once": delivered_once, "mails_extra": extra_mails,
        "drain_s": round(started_at, 1) if started_at is not None else None,
    }
    log(f"{label}: {json.dumps(figures, ensure_ascii=False)}")
    check(fired == len(job_ids) == TASKS, f"{label}: {fired}/{TASKS} reminder timers fired")
    check(doubled == 0, f"{label}: timers fired twice: {doubled}")
    check(len(keys_with_row) == TASKS and duplicate_rows == 0,
          f"{label}: one outbox row per task and recipient ({len(rows)} rows, {duplicate_rows} duplicates)")
    check(sent == len(rows), f"{label}: {sent}/{len(rows)} outbox rows SENT")
    check(delivered_once == len(expected) and extra_mails == 0,
          f"{label}: {delivered_once}/{len(expected)} mails delivered exactly once, {extra_mails} extra")
    return figures


# --- main ----------------------------------------------------------------------------------------

def main():
    os.makedirs(OUT, exist_ok=True)
    check(scalar("select count(*) from information_schema.tables where table_schema = 'public'") == 0,
          "the database is empty before the start")
    greenmail = greenmail_start()
    nodes = {}
    try:
        # (d) and (c): both nodes at the same moment on the empty database.
        started = time.time()
        nodes = {name: node_start(name) for name in PORTS}
        up, error = wait_ready(nodes, started)
        check(error is None, f"both nodes ready on the empty database ({error or ', '.join(f'{n} {s:.0f} s' for n, s in up.items())})")
        if error:
            return
        deployments = scalar("select count(*) from act_re_deployment")
        versions = sql("select key_, count(*) from act_re_procdef group by key_ order by key_")
        check(deployments == 1 and all(n == "1" for _, n in versions),
              f"two nodes deploying at once made {deployments} deployment, "
              f"{len(versions)} process definitions with version 1 only")
        schema_created = [n for n in PORTS
                          if "create" in open(os.path.join(OUT, f"{n}.log")).read().lower()
                          and "ENGINE-03016" in open(os.path.join(OUT, f"{n}.log")).read()]
        log(f"schema created by: {schema_created or 'see node logs'}")

        ports = list(PORTS.values())
        # (a) 1,000 timers due at once.
        codes_a = create_batch("a", ports)
        jobs_a = reminder_jobs(codes_a)
        check(len(jobs_a) == TASKS, f"a: {len(jobs_a)} reminder timers waiting")
        due_a = make_due(jobs_a)
        timers_a = wait_for("batch a timers", lambda: jobs_left(jobs_a) == 0, 180)
        mail_a = wait_for("batch a mail", lambda: outbox_unsent(codes_a) == 0, 120)
        drain_a = time.time() - due_a
        log(f"a: timers drained in {timers_a:.1f} s, outbox in {drain_a:.1f} s after the timers were due")
        fig_a = check_batch("a", codes_a, jobs_a, drain_a)
        check(len([n for n, c in fig_a["jobs_per_node"].items() if c > 0]) == 2,
              f"a: jobs executed by both nodes {fig_a['jobs_per_node']}")

        # (b) and (e): SMTP down, node 2 killed mid-batch.
        codes_b = create_batch("b", ports)
        jobs_b = reminder_jobs(codes_b)
        check(len(jobs_b) == TASKS, f"b: {len(jobs_b)} reminder timers waiting")
        greenmail.send_signal(signal.SIGTERM)
        greenmail.wait(30)
        log("b: GreenMail stopped")
        due_b = make_due(jobs_b)
        wait_for("node 2 executing", lambda: executions(jobs_b)[1].get("node-2", 0) >= 50, 60)
        nodes["node-2"].send_signal(signal.SIGKILL)
        nodes["node-2"].wait()
        killed_at = time.time() - due_b
        _, before_kill = executions(jobs_b)
        left_at_kill = jobs_left(jobs_b)
        log(f"b: node 2 killed with SIGKILL {killed_at:.1f} s after the timers were due; "
            f"done by then {before_kill}, {left_at_kill} timers left")
        timers_b = wait_for("batch b timers", lambda: jobs_left(jobs_b) == 0, 180)
        timers_b_s = time.time() - due_b
        unsent_while_down = outbox_unsent(codes_b)
        failed_attempts = scalar(
            "select count(*) from notification where kind = 'REMINDER' and attempts > 0"
            f" and status = 'PENDING' and business_key in ({in_list(codes_b)})")
        log(f"b: timers drained {timers_b_s:.1f} s after due; SMTP down: {unsent_while_down} rows "
            f"kept unsent, {failed_attempts} with failed attempts")
        check(unsent_while_down > 0 and scalar(
            "select count(*) from notification where kind = 'REMINDER' and status = 'SENT'"
            f" and business_key in ({in_list(codes_b)})") == 0,
            f"e: nothing sent while SMTP is down, {unsent_while_down} messages kept in the outbox")
        greenmail = greenmail_start()
        back = time.time()
        log("e: GreenMail started again")
        mail_b = wait_for("batch b mail", lambda: outbox_unsent(codes_b) == 0, 150)
        log(f"e: outbox emptied {mail_b:.1f} s after SMTP came back")
        fig_b = check_batch("b", codes_b, jobs_b, timers_b_s)
        node2_after = fig_b["jobs_per_node"].get("node-2", 0)
        check(node2_after == before_kill.get("node-2", 0),
              f"b: node 2 executed nothing after its death ({node2_after} before and after)")

        print()
        print("==== Cluster test summary (two JVMs, one PostgreSQL database, GreenMail) ====")
        print(f"(d) empty database, both started together: ready after "
              + ", ".join(f"{n} {s:.0f} s" for n, s in up.items()))
        print(f"(c) deployments: {deployments}; process definitions: {len(versions)}, each version 1")
        print(f"(a) timers {fig_a['timers']}, fired {fig_a['fired']}, fired twice {fig_a['fired_twice']}, "
              f"jobs per node {fig_a['jobs_per_node']}, timers drained {timers_a:.1f} s, "
              f"outbox drained {drain_a:.1f} s; outbox rows {fig_a['outbox_rows']}, duplicates "
              f"{fig_a['duplicate_rows']}; mails delivered once {fig_a['mails_delivered_once']}, extra {fig_a['mails_extra']}")
        print(f"(b) node 2 killed {killed_at:.1f} s after due with {before_kill} done, {left_at_kill} left; "
              f"all {fig_b['fired']}/{fig_b['timers']} fired {timers_b_s:.1f} s after due (lock time "
              f"{LOCK_TIME_MS / 1000:.0f} s), fired twice {fig_b['fired_twice']}, jobs per node {fig_b['jobs_per_node']}")
        print(f"(e) SMTP down: {unsent_while_down} kept, 0 sent; after restart all sent in {mail_b:.1f} s; "
              f"outbox rows {fig_b['outbox_rows']}, duplicates {fig_b['duplicate_rows']}; mails delivered once "
              f"{fig_b['mails_delivered_once']}, extra {fig_b['mails_extra']}")
        for line in summary + failures:
            print("  " + line)
        print(f"{len(summary)} passed, {len(failures)} failed")
    finally:
        for process in list(nodes.values()) + [greenmail]:
            if process.poll() is None:
                process.terminate()
        for process in list(nodes.values()) + [greenmail]:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # a broken step is a failed promise
        failures.append(f"FAIL {type(e).__name__}: {e}")
        log(f"FAILED: {type(e).__name__}: {e}")
    sys.exit(1 if failures else 0)
