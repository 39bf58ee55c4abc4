"""Round trip through a real Label Studio: claimkit tasks in, two annotators' verdicts out.

    python roundtrip.py CLAIMKIT_BINARY WORK_DIR

Builds a dataset from three articles with accents, emoji and CJK text, exports the Label Studio
tasks, starts `label-studio` (from the same venv as this python) on 127.0.0.1 at a free port,
creates a project with claimkit's tasks.xml, imports the tasks over the REST API, posts annotations
as two users (verdicts, evidence, a moved region, an added region, one cancelled annotation),
exports the project as JSON and imports the export with `claimkit import-labelstudio`. Fails
unless every posted region comes back as one labels row at the same text, and the cancelled
annotation is counted. Prints the time each step took.
"""

import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ARTICLES = [
    {"id": "café-ümlaut", "title": "Zürich café prices", "published": "2024-03-05",
     "text": "Prices at Zürich cafés rose 4.5 per cent in February, the city's statistics office said. "
             "Crème brûlée now costs 12 francs on average, according to the survey."},
    {"id": "emoji-🚀", "title": "Launch 🚀 delayed", "published": "2024-03-06",
     "text": "The launch 🚀 was delayed by 3 days, officials said on Tuesday. "
             "More than 2,000 people 👩‍🚀 had gathered at the site."},
    {"id": "東京-cjk", "title": "東京 exports", "published": "2024-03-07",
     "text": "Exports from 東京 (Tokyo) rose 7 per cent in 2023, the ministry said. "
             "The port of 横浜 handled 30 million tonnes of cargo last year."},
]
TOKEN_A = "claimkit-roundtrip-token-a"


def utf16(text: str, i: int) -> int:
    return len(text[:i].encode("utf-16-le")) // 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Api:
    def __init__(self, base: str):
        self.base = base

    def call(self, method: str, path: str, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Authorization", f"Token {TOKEN_A}")
        req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=120) as r:
            raw = r.read()
        return json.loads(raw) if raw else None


def run(cmd, **kw):
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run(cmd, check=True, **kw)


def main() -> int:
    claimkit, work = Path(sys.argv[1]), Path(sys.argv[2])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    t0 = time.time()
    (work / "articles").mkdir()
    with open(work / "articles" / "news.jsonl", "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    run([claimkit, "build", work / "articles", "--out", work / "claims"])
    run([claimkit, "export-labelstudio", work / "articles", "--out", work / "tasks.json"])
    tasks = json.loads((work / "tasks.json").read_text(encoding="utf-8"))

    port = free_port()
    data_dir = work / "ls-data"
    env = dict(os.environ, LABEL_STUDIO_BASE_DATA_DIR=str(data_dir), LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK="false")
    ls = Path(sys.executable).parent / "label-studio"
    log = open(work / "label-studio.log", "w")
    server = subprocess.Popen(
        [ls, "start", "--data-dir", data_dir, "--port", str(port), "--internal-host", "127.0.0.1",
         "--no-browser", "--username", "a@example.org", "--password", "claimkit-a-pass",
         "--user-token", TOKEN_A, "--enable-legacy-api-token"],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        api = Api(f"http://127.0.0.1:{port}")
        deadline = time.time() + 300
        while True:
            try:
                api.call("GET", "/api/current-user/whoami")
                break
            except Exception:
                if time.time() > deadline or server.poll() is not None:
                    print((work / "label-studio.log").read_text()[-3000:])
                    raise SystemExit("label-studio did not start")
                time.sleep(1)
        t_up = time.time()
        print(f"label-studio up on port {port} after {t_up - t0:.1f} s", flush=True)
        b = api.call("POST", "/api/users/", {"email": "b@example.org", "username": "b@example.org", "password": "claimkit-b-pass"})
        project = api.call("POST", "/api/projects/", {"title": "claimkit round trip",
                                                        "label_config": (work / "tasks.xml").read_text(encoding="utf-8")})
        pid = project["id"]
        api.call("POST", f"/api/projects/{pid}/import", tasks)
        listed = api.call("GET", f"/api/tasks/?project={pid}&page_size=1000")["tasks"]
        assert len(listed) == len(tasks), (len(listed), len(tasks))
        posted, cancelled = [], 0
        verdicts = ["true", "false", "misleading", "unverifiable"]
        for t in listed:
            text, doc = t["data"]["text"], t["data"]["doc_id"]
            claims = next(x for x in tasks if x["data"]["doc_id"] == doc)["predictions"][0]["result"]
            for who, user in (("a", 1), ("b", b["id"])):
                result = []
                for k, c in enumerate(claims):
                    start, end = c["value"]["start"], c["value"]["end"]
                    if who == "b" and k == 0:
                        end -= 1  # b moves the end of the first region by one unit
                    rid = f"{who}{k}-{t['id']}"
                    verdict = verdicts[(k + (who == "b") * (k % 2)) % 4]
                    value = {"start": start, "end": end, "text": c["value"]["text"]}
                    result += [
                        {"id": rid, "from_name": "claim", "to_name": "text", "type": "labels", "value": dict(value, labels=c["value"]["labels"])},
                        {"id": rid, "from_name": "verdict", "to_name": "text", "type": "choices", "value": dict(value, choices=[verdict])},
                        {"id": rid, "from_name": "evidence", "to_name": "text", "type": "textarea", "value": dict(value, text=[f"source ✓ 資料 {k}"])},
                    ]
                    posted.append((doc, who))
                if who == "a":
                    # An added region: the first word of the text, which is no claim by itself.
                    end = text.index(" ")
                    result.append({"id": f"added-{t['id']}", "from_name": "claim", "to_name": "text", "type": "labels",
                                   "value": {"start": 0, "end": utf16(text, end), "text": text[:end], "labels": ["claim"]}})
                    posted.append((doc, who))
                api.call("POST", f"/api/tasks/{t['id']}/annotations/", {"completed_by": user, "result": result})
        # A third annotation on the first task, cancelled (skipped).
        api.call("POST", f"/api/tasks/{listed[0]['id']}/annotations/", {"completed_by": 1, "result": [], "was_cancelled": True})
        cancelled += 1
        export = api.call("GET", f"/api/projects/{pid}/export?exportType=JSON")
        (work / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        t_done = time.time()
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    out = subprocess.run([claimkit, "import-labelstudio", work / "export.json", "--dataset", work / "claims"],
                         capture_output=True, text=True)
    print(out.stderr, end="")
    assert out.returncode == 0, out.stderr
    with open(work / "claims" / "labels.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    docs = {r["doc_id"]: r["text"] for r in csv.DictReader(open(work / "claims" / "documents.csv", encoding="utf-8", newline=""))}
    assert len(rows) == len(posted), f"{len(posted)} regions posted, {len(rows)} labels rows"
    for r in rows:
        text = docs[r["doc_id"]]
        assert text[int(r["start"]):int(r["end"])] == r["text"], r
    added = [r for r in rows if r["added"] == "true"]
    moved = [r for r in rows if r["moved"] == "true"]
    assert len(added) == len(tasks), (len(added), len(tasks))
    assert len(moved) == len(tasks), (len(moved), len(tasks))
    assert {r["annotator"] for r in rows} == {"user-1", f"user-{b['id']}"}
    assert all(r["evidence"].startswith("source ✓ 資料") for r in rows if r["added"] == "false")
    manifest = json.loads((work / "claims" / "manifest.json").read_text())
    assert manifest["labels"]["cancelled"] == cancelled, manifest["labels"]
    assert "## Labels" in (work / "claims" / "README.md").read_text(encoding="utf-8")
    print(f"round trip ok: {len(posted)} regions in, {len(rows)} labels rows out, {cancelled} cancelled counted; "
          f"server start {t_up - t0:.1f} s, REST steps {t_done - t_up:.1f} s, total {time.time() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
