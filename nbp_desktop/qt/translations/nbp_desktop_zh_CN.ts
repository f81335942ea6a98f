<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BatchText</name>
    <message>
        <source>“{name}” is a {kind} connection, which has no batch mode. Run the sheet with --interactive (the normal queue), or use an AI Studio or Vertex AI connection for half-price batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket for the batch, e.g. gs://my-bucket/batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s answer about the batch could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s result file was cut off while downloading; it will be downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not say where to upload the batch&apos;s input file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of the batch&apos;s input file did not finish; it will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not name the uploaded input file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google no longer has this batch&apos;s result file (it may have been deleted or expired); the rows that were not downloaded are marked failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Cloud Storage bucket “{bucket}” (or the service account cannot see it). Create it in the same project, or name another bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account} may not use the bucket “{bucket}” for batch jobs: it lacks {permissions}. Grant it the “Storage Object Admin” role on that bucket (Cloud console → Cloud Storage → the bucket → Permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result file {uri} is gone from the bucket; the rows not yet downloaded are marked failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch {batch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vertex batch reads and writes its files in a Cloud Storage bucket: name one with --bucket gs://BUCKET/FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown batch mode “{mode}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not name the new batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the batch was sent; nothing was billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch {batch} has not reached Google yet; nothing to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch {batch} is still {state} at Google; its results can be downloaded when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s result file is missing from the bucket; the rows that were not downloaded are marked failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch expired before Google ran this row (Google gives a batch 48 hours); submit the sheet again for the rows that are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was cancelled before this row ran; it was not billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google could not run the batch ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google could not run the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google returned no result for this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ended {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{problem} (%n more row(s) with problems.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the sheet “{sheet}” can be sent; fix the rows listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty: row 1 should be a header (prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags) and each row after it one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {path} cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is {size}, more than a prompt sheet may be ({limit}, about 100,000 rows); nothing was read from row 1 on. Split it into smaller sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row 1 (the header) of “{sheet}” has no “prompt” column; its columns are {columns}. Name one column “prompt”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} cannot be read as a table row ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header in row 1 but no rows below it: add one row per image from row 2 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of “{sheet}” is not UTF-8 text (byte {byte} at character {column}); the sheet was probably saved as Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has no prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the prompt has an unmatched “{open}” or “{close}”; write {open}{open} or {close}{close} for a literal brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but the sheet has no “{column}” column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but that cell is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the aspect ratio “{ratio}” is not one {model} makes; use one of {ratios}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the size “{size}” is not one {model} makes; use {sizes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the count “{count}” must be a whole number from 1 to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the seed “{seed}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the reference image “{name}” does not exist (looked for {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row {row}: %n reference image(s); {model} takes at most {most}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesPane</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prompt sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Google now instead of at the next scheduled check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number} ({key}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Batch “{sheet}” journalled; sending it to Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch “{sheet}”: %n image(s) are in the library on the board “{sheet}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{cost} (interactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} (batch price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a CSV/TSV sheet of prompts at batch price (half the interactive price) or through the queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images
{images}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{board}: drop images here, or select images and press B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Deprecated since {deprecated}, shut down on {shutdown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated since {deprecated}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down on {shutdown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always thinks; 4K is Preview on Vertex. Takes images only as references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nano Banana Pro (preview, retired on AI Studio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use gemini-3-pro-image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA on 2026-10-06; Google&apos;s recommended image model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA on 2026-06-30; fast, 1K only; no Flex or Priority tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use gemini-nano-banana-2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1K only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Describe the image…   (Ctrl+Enter queues it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing instructions sent with every prompt (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. You are a product photographer. Clean studio light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reference images from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model id; you can type a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model look things up on the web (billed separately)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many jobs to queue with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2×2 variations grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four variations in one request (a quarter of the cost); the grid and its four tiles are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue this generation (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue this generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{estimate} (4 images per job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{estimate} at the {tier} tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Images (*.png *.jpg *.jpeg *.webp *.heic *.heif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>An API key from Google AI Studio (aistudio.google.com → Get API key). Image generation needs a project with billing enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service-account key file (JSON) from the Google Cloud console. Drop the file here; the project is read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key for Vertex AI express mode (no project needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay or gateway that speaks the OpenAI images API (LiteLLM and others): its base URL and key. The gateway retries by itself, so the app sends each request once (one retry layer, not two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flex: half price, answers may take minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: faster, costs more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s service tier for this connection; a model that refuses it gets Standard from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a relay, private endpoint or the emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real call to check the key, project and model: free at Google; through a gateway, one tiny text request (a fraction of a cent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ {name}: drop another key file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs sent at the same time through this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute through this connection (0: no limit), kept on our side so Google&apos;s rate limits are not hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in Settings → Queue ({current})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the {secret} first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>Vertex AI express mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway connection needs its base URL (for example https://relay.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL “{url}” must start with https:// (or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service tier “{tier}” is not one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vertex connection needs a project ID (it is usually read from the service-account file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of “{name}” is not in the keychain any more; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} for “{name}” is not in the keychain any more. Edit the connection and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stored for “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invisible byte-order mark at the start of the {label} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} has {character} inside it (character {position}); an {label} is one line of letters and digits. Copy it again from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} contains a character that is not plain ASCII (character {position}); an {label} is only letters, digits and a few marks. Copy it again from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file; choose the JSON key file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service-account file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is {size} KB; a Google service-account key file is about 2 KB (at most {limit} KB is accepted). Choose the JSON key file the Google Cloud console downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) and sign in to a desktop session, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Check that your system keychain is unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to store or read the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” works: {service} accepted the credentials for {model}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway accepted the key but does not list the model “{model}” (it lists: {models}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” works: the gateway accepted the key, lists {model}, and the model answered a one-word test through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}. It offers no small request that reaches the model, so whether the model answers shows with the first image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway accepted your key and lists {model}, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but has no free capacity for it right now (HTTP 429): {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but could not get an answer from the model behind it (HTTP {status}): {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}, but refused the small test request (HTTP {status}: {said}), so whether the model answers shows with the first image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentCredentialsPage</name>
    <message>
        <source>none: this computer&apos;s own certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this computer&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (e.g. {url})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports that change a file get new Content Credentials (C2PA) with Google&apos;s as their ingredient, signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (PEM or PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s own certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ “{signer}” can sign Content Credentials until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate is used; press Check certificate to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates with key (*.pem *.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change? (Google sees the image and the conversation so far.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. make the sky stormy   ({keys} queues it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Re-rendered at {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-rendered at a larger size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an image to see its edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch from this turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen turn: a new branch, leaving later edits as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single turn: no edits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n turns in this edit tree.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;b&gt;Your library is empty.&lt;/b&gt;&lt;br&gt;Every image you generate lands here. Write a prompt in Compose and press Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No image matches the search and filters.&lt;/b&gt;&lt;br&gt;“Clear filters” shows the whole library again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This board is empty.&lt;/b&gt;&lt;br&gt;Drag images onto it in the list, or select images and press B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The queue is empty.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press Ctrl+Enter: jobs wait and run here, with their progress, time and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No image yet.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press Ctrl+Enter, or open an image from the Library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export %n image</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated file size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4:4:4 keeps full colour detail (print); 4:2:0 is smaller (web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed sRGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RGB or CMYK .icc profile (e.g. from your print shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perceptual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt, model and AI source (XMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Google&apos;s and sign what this export changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip all provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) say who made the image and how it was changed. {signer_note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Original instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encode anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a CSV of the metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a contact sheet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi (the image is smaller than the paper at this ppi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google already sent JPEG: its data is kept as it is (no second compression); only size information and metadata are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Second compression:&lt;/b&gt; Google already sent JPEG, and this preset compresses it again, losing detail. Use Original to hand over Google&apos;s file unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {size} each (first image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC profiles (*.icc *.icm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling after the current image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip all provenance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explanation}

Strip it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without Content Credentials?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Export anyway without new Content Credentials? The exported files will then not carry Google&apos;s Content Credentials either (the Original preset keeps them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported: provenance was not stripped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n images · {preset}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n exported to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{exported} The prompt of %n of them was too long for a JPEG&apos;s metadata, so it is shortened there; the full text stays in the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>The image {name} cannot be read from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG cannot hold CMYK: choose JPEG or TIFF for a CMYK profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format “{format}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour profile {name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sRGB colour profile is missing from this installation; reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is not a JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata block is too large for a JPEG segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print TIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no export preset “{name}” (presets: {presets}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportingMimeData</name>
    <message>
        <source>Preparing the dropped files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Recent results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only picked images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide rejected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images that are part of an edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images with Content Credentials (a C2PA manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything again (search words and filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, label, connection, model, size, ratio, edits, Content Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Paste an API key (the quickest start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a service-account key file; project and location are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An express-mode API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay&apos;s base URL and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to nbp-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect your Google account&lt;/h3&gt;Images are made with your own account and billed by Google. Your key is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore first with the built-in emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works locally with placeholder images; nothing is billed. Add a connection later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>{width} × {height}, {marks} — file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height}, {marks}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <source>Gallery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board collects images; an image can be on several boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected images to the trash (Delete); undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to target board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selection to the board chosen last (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{selected} selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again read-write to change ratings, boards or files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use all settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two images to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-only). New images still go to your own library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-write). New images still go to your own library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryText</name>
    <message numerus="yes">
        <source>%n image</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged Content Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the marks of one image</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library in “{folder}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only never changes it (safe for a shared drive or another person&apos;s library). Read-write lets you rate, flag, collect and delete there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be moved to the trash, so it was not deleted. The folder may be read-only, or this drive has no trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the last board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the Generate tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationText</name>
    <message>
        <source>Interrupted — may have been billed. The app stopped while this job was running; run it again if you still want the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {size} MB; the largest file accepted is {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link that leads back to itself (a symbolic link loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: it is not an image file (PNG, JPEG, WebP, HEIC or HEIF), a PDF or a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not accept {type} images; use PNG, JPEG or WebP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {size} MB, over Google&apos;s 7 MB limit, and HEIC files cannot be shrunk here; export it as JPEG first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use fewer pages or a smaller export of the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a shorter or smaller clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: it is {size} MB, and Google takes PDFs and videos sent with a prompt up to {limit} MB. {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: the PDF is damaged or incomplete, so it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: the PDF is password-protected, so Google cannot read it. Save a copy without a password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: the PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: the PDF has {pages} pages, and Google reads at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {width} × {height} pixels, more than the {limit} megapixels accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it claims more than {limit} megapixels (a damaged or malicious file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or incomplete, so the image cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be made small enough for Google&apos;s 7 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference image: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleText</name>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a usable service-account key ({reason}): download a new JSON key in Google Cloud console → IAM → Service accounts → Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an OAuth client file, not a service-account key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its type is “{type}”, not “service_account”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its private_key is not a PEM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not accept the service-account key (its key may have been deleted or the account disabled). Create a new JSON key and add the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key was rejected. Check that you copied the whole key and that it belongs to the right project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing is not enabled for this project. Image generation needs a Google Cloud project with billing turned on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not accept the sign-in for this connection. The service account may have been deleted or its key revoked; add the connection again with a current key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is not enabled for this project. Enable it in the Google Cloud console, wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Give the service account the “Vertex AI User” role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Check the key&apos;s API restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may not be offered in region “{location}”: try the location “global”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may have been retired: try the model “gemini-3-pro-image”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model “{model}” was not found. Check the model name and the location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google is overloaded right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google took too long to answer (request timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google had an internal problem (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt was blocked by the service&apos;s safety filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not take this service tier for the model “{model}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refused the request: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered with a web page instead of data (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway took your key, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses for the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered that its rate limit is reached (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway does not serve the model “{model}” (HTTP {status}). Check the model name in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered that the prompt was blocked by a safety filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered that the model is unavailable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered with an error (HTTP {status}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP {status}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota for today is used up; it resets at 00:00 Pacific (in {wait}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-minute quota is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s capacity for this model is busy (rate limited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was refused (HTTP {status}) before the request reached the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key has a line break, tab or other invisible character inside it, so it cannot be sent. Edit the connection and paste the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not answer within {seconds} s. The request timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not answer. The request timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be set up (TLS certificate problem). A proxy or antivirus may be intercepting traffic; set its certificate in Settings → Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address could not be looked up. Check your internet connection (or the base URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while the image was downloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Studio cannot choose the output format or JPEG quality (only Vertex can); leave them empty, or export the image as JPEG afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} does not take a thinking level (it always thinks). Leave the thinking level empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} accepts the thinking levels {levels}, not “{level}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} does not make {value} images. Choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{model} takes at most {limit} reference images; %n were given.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PDF or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} does not take {type} references ({name}); use images, or Nano Banana 2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} does not take the {tier} service tier; choose Standard for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s answer was not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt was blocked by Google&apos;s safety filter ({reason}). Rephrase it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google answered without an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be read (malformed data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image in the answer could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer contained data that is not a readable image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s safety filter withheld the image ({reason}): rephrase the prompt or use other reference images, since real people, brands and violent or explicit details are the usual triggers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image was withheld because it resembled existing material too closely ({reason}). Change the prompt and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google answered with text only, no image. Ask for an image explicitly in the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not make an image this time ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {received} of {total} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {received} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; retrying in {wait} (attempt {attempt} of {attempts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not take the {tier} service tier for {model}; “{connection}” now uses Standard for this model. Run the job again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway takes only images as references, so “{name}” (a PDF or video) cannot go with this request. Use an AI Studio or Vertex AI connection for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered with links to images instead of the images themselves; it must return b64_json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered without an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off after Google produced it — you may have been billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timed out after it reached Google (no answer within {seconds} s) — you may have been billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timed out after it reached Google — you may have been billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the request reached Google, before its answer came — you may have been billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} You may have been billed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files you drag out of the app (or copy) are exported with this preset as you drop them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export what you see ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dragging %n image as “{preset}”…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dragging %n images as “{preset}”…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Image copied as “{preset}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select images in the Library, or show an image, to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n job(s) queued last time are waiting. Resume the queue to run them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The count must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job {job}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {job} is {status}; only failed, canceled or interrupted jobs can be run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong while starting jobs; the queue carries on. (Details for support: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily quota of “{connection}” has reset; its jobs continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget cap of {cap} for today reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget cap of {cap} for this month reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cap is now {cap}; the queue continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cap was removed; the queue continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image had already arrived and was billed, so it is kept in the library instead of being canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spend includes {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Jobs for “{connection}” wait until then (in {wait}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference image {name} is missing from the library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to edit is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to edit ({name}) cannot be read from the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <extracomment>English is named in itself like the others.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibrarySwitch</name>
    <message>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in “{folder}” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{mark} (%n image(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New board “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete board “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board “{name}” deleted (its images stay in the library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to “{board}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to “{board}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back from the trash (emptied meanwhile?); they show as missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This change ({command}) could not be saved in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again with “Open library…” and choose read-write to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is busy in another nbp-desktop window or command, so this change was not saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library was written by a newer version of nbp-desktop; update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the library ({folder}) is full, so its database cannot be opened. Free some space, then start the app again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database is locked by another program (a backup or sync tool, or another copy of the app). Close it, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (read-only or permission denied). Use File → Open library… to look at it read-only, or fix the folder&apos;s permissions. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database could not be read from the disk ({error}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details lost: this image&apos;s sidecar file could not be read, so only what the image file itself holds is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a board called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}. Free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (permission denied or read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) is kept in {folder}; Run again saves it into the library without a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) could not be kept anywhere else either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space for this image in {folder}: about {needed} is needed and {free} is free. Nothing was sent. Free some space, then run the job again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <source>Loupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Esc closes · ← → previous / next · P X U, 0–5, 6–9 mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption} — the file is missing or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent today (actual cost from Google&apos;s token counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at another library folder (a copy, a shared drive, a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste reference image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the image on the clipboard as a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shown image to the clipboard, in the drag preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put only the shown image&apos;s prompt in the compose pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide side panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate (the image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection first (File → Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}” (the queue is paused).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate, review and hand off images made with Google&apos;s Gemini image models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {spent} of {cap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {spent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent today, including {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <source>Something unexpected went wrong. Your images are safe; the details below help us fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>{model} · retired {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} · deprecated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} · PDF, video refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images, PDFs and videos as references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images as references.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>not billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{free} (demo: would be {cost} on Google)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not charge for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google may have charged up to about {cost}: the request reached the model before it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: would be {cost} on Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged by Google (from its token counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free in the demo (would be {cost} on Google)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PausedBanner</name>
    <message>
        <source>Why the queue waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs for “{connection}” wait for its daily quota to reset (in {wait}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Compared image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every fact about the file: tokens, timings, seed, location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for changes to this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same picture again at a larger size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this image&apos;s prompt and settings in the compose pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the system&apos;s image viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous image side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is missing or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (labelled PNG by Google)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prompt} in, {output} out, {thinking} thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {size} — {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is already at the largest size (4K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same picture again at a larger size; the price is shown before anything is sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <source>made by a generative AI model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a composite including AI-generated parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by an algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a camera capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made with digital tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted to another format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Content Credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged Content Credentials: the manifest in this file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is on this computer&apos;s trust list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer}, but the picture was changed after signing: the signature no longer matches the pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signing certificate had expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signature is not valid ({problems}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is not on this computer&apos;s trust list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (signed by {signer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged Content Credentials (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripping provenance removes Google&apos;s Content Credentials (the signed C2PA manifest that says the image was made by AI), no new credentials are added, and the AI source type and credit lines are left out of the XMP. The Original preset still copies the file byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing certificate was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp server {url} could not be reached or refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “{signer}” was refused for signing Content Credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Credentials could not be added to the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are signed with this computer&apos;s own certificate; Content Credentials viewers will call the signer “unknown”, because no public trust list knows it. Use your own certificate in Settings to be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate file {name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no certificate; it needs the certificate chain and the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no private key; put the key in the same file as the certificate chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in {name} is protected by a password; enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must hold both a certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected by a password; enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a certificate file (PEM or PKCS#12) this app can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} expired on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not valid before {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in {name} is of a kind Content Credentials cannot sign with (use EC, RSA or Ed25519).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in {name} does not belong to the certificate “{who}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not a signing certificate: it is not allowed to sign documents (Content Credentials need one issued for document or e-mail signing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is self-signed; Content Credentials need one issued by a certificate authority (include its chain in the file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted — may have been billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-render at {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the daily quota to reset (in {wait})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued (queue paused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the queue (running jobs finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed, canceled or interrupted jobs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected queued job up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected queued job down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished jobs (images stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the service&apos;s own words for this failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}  Google&apos;s reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s message: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue; their images stay in the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Queue resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue paused; running jobs finish, nothing new starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished job(s); their images stay in the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallDrops</name>
    <message>
        <source>Settings recalled from the dropped image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not made by this app, so it was added as a reference image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message>
        <source>The library database was empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and restored from the backup of {when}; jobs, ratings, boards and spend history are as they were then, and %n images made since were added from their files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and the library was rebuilt from the image files (%n images found); there was no backup, so ratings, boards and spend history could not be recovered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library database could not be read, so the library is shown from its image files (%n images found); ratings and boards are not available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when the app stopped and may have been billed. They are marked in the queue; run them again if you still want them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) that had finished while the app stopped were saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is not an nbp-desktop library: it has neither {database} nor a “{folder}” folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>Reference images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference images: drop files here, paste with Ctrl+V, drag to reorder, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop reference images here
or paste with Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This model takes at most %n reference images.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceAccountDrop</name>
    <message>
        <source>Drop the service-account JSON file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-account file drop area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue &amp;&amp; budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available.&lt;/b&gt; Secrets cannot be stored safely, so connections cannot be added. On Linux, install and unlock GNOME Keyring or KWallet (Secret Service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain ({backend}), never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs sent at the same time through one connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute per connection, kept on our side so Google&apos;s rate limits are not hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs at once per connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection can have limits of its own (Connections → Edit). Changes apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the cap is reached the queue pauses; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout for {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries per job when Google is overloaded or the network drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the system (HTTPS_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (system certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTP/2 where the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy, certificate and HTTP/2 changes apply after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use another library folder, start the app with --data-dir FOLDER (or set NBP_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log event-loop stalls (for troubleshooting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{jobs} at once, {requests}/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{jobs} at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” and delete its key from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>the queue&apos;s setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that connection is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of export presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new one (keys stored under the old one must be entered again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection named “{name}” (connections: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: &quot;connections&quot; must be a list of connections; using none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that preset is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: the file is not text (UTF-8); using the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: the file is not valid JSON (line {line}, column {column}); using the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: the file must hold one JSON object; using the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: the file could not be corrected ({reason}); it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: the original file is kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings were written by a newer version of nbp-desktop; update the app before changing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name (text that is not empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; using {fallback}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; {left_out}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; using its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; {left_out}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; has no &quot;{field}&quot;; {left_out}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import prompt sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use rows copied from a spreadsheet (the first row is the header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch at half price (Google runs it within 24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive (the queue, full price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Storage bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the rows with problems and send the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prompt sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sheets (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet cannot be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of {total} rows. %n row(s) with problems:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows. Every row is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} has no batch mode; this sheet can only run through the queue at the interactive price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): {batch} at batch price · {interactive} interactive</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket Vertex reads the requests from and writes the results to; the service account needs Storage Object Admin on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutText</name>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Edit this image” box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image (Generate tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image or the Library grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a prompt sheet (batch or queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a reference image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shown image (in the drag preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual pixels (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the image (Generate tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected jobs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected job up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected job down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the side panels, and show them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 5 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red, yellow, green, blue label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loupe at 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selection to the last board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open large in the Generate tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceStrip</name>
    <message>
        <source>Images to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupText</name>
    <message>
        <source>The library folder cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: images are made locally by the built-in emulator and cost $0.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
