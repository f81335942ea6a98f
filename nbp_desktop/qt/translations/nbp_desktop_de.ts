<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BatchText</name>
    <message>
        <source>“{name}” is a {kind} connection, which has no batch mode. Run the sheet with --interactive (the normal queue), or use an AI Studio or Vertex AI connection for half-price batch.</source>
        <translation>„{name}“ ist eine {kind}-Verbindung, die keinen Batch-Modus hat. Führen Sie die Tabelle mit --interactive aus (die normale Warteschlange), oder verwenden Sie für den Batch zum halben Preis eine Verbindung zu AI Studio oder Vertex AI.</translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket for the batch, e.g. gs://my-bucket/batches.</source>
        <translation>Geben Sie den Cloud Storage-Bucket für den Batch an, z. B. gs://my-bucket/batches.</translation>
    </message>
    <message>
        <source>Google&apos;s answer about the batch could not be read.</source>
        <translation>Die Antwort von Google zum Batch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The batch&apos;s result file was cut off while downloading; it will be downloaded again.</source>
        <translation>Die Ergebnisdatei des Batches wurde beim Herunterladen abgeschnitten; sie wird erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>Google did not say where to upload the batch&apos;s input file.</source>
        <translation>Google hat nicht angegeben, wohin die Eingabedatei des Batches hochgeladen werden soll.</translation>
    </message>
    <message>
        <source>The upload of the batch&apos;s input file did not finish; it will be sent again.</source>
        <translation>Das Hochladen der Eingabedatei des Batches wurde nicht abgeschlossen; sie wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Google did not name the uploaded input file.</source>
        <translation>Google hat die hochgeladene Eingabedatei nicht benannt.</translation>
    </message>
    <message>
        <source>Google no longer has this batch&apos;s result file (it may have been deleted or expired); the rows that were not downloaded are marked failed.</source>
        <translation>Google hat die Ergebnisdatei dieses Batches nicht mehr (sie wurde möglicherweise gelöscht oder ist abgelaufen); die nicht heruntergeladenen Zeilen werden als fehlgeschlagen markiert.</translation>
    </message>
    <message>
        <source>There is no Cloud Storage bucket “{bucket}” (or the service account cannot see it). Create it in the same project, or name another bucket.</source>
        <translation>Es gibt keinen Cloud Storage-Bucket „{bucket}“ (oder das Dienstkonto kann ihn nicht sehen). Erstellen Sie ihn im selben Projekt, oder geben Sie einen anderen Bucket an.</translation>
    </message>
    <message>
        <source>The service account</source>
        <translation>Das Dienstkonto</translation>
    </message>
    <message>
        <source>{account} may not use the bucket “{bucket}” for batch jobs: it lacks {permissions}. Grant it the “Storage Object Admin” role on that bucket (Cloud console → Cloud Storage → the bucket → Permissions).</source>
        <translation>{account} darf den Bucket „{bucket}“ nicht für Batch-Aufträge verwenden; ihm fehlt Folgendes: {permissions}. Weisen Sie ihm für diesen Bucket die Rolle „Storage Object Admin“ zu (Cloud Console → Cloud Storage → der Bucket → Berechtigungen).</translation>
    </message>
    <message>
        <source>The result file {uri} is gone from the bucket; the rows not yet downloaded are marked failed.</source>
        <translation>Die Ergebnisdatei {uri} ist nicht mehr im Bucket; die noch nicht heruntergeladenen Zeilen werden als fehlgeschlagen markiert.</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>There is no batch {batch}.</source>
        <translation>Es gibt keinen Batch {batch}.</translation>
    </message>
    <message>
        <source>A Vertex batch reads and writes its files in a Cloud Storage bucket: name one with --bucket gs://BUCKET/FOLDER.</source>
        <translation>Ein Vertex-Batch liest und schreibt seine Dateien in einem Cloud Storage-Bucket: Geben Sie einen mit --bucket gs://BUCKET/ORDNER an.</translation>
    </message>
    <message>
        <source>Unknown batch mode “{mode}”.</source>
        <translation>Unbekannter Batch-Modus „{mode}“.</translation>
    </message>
    <message>
        <source>Google did not name the new batch.</source>
        <translation>Google hat den neuen Batch nicht benannt.</translation>
    </message>
    <message>
        <source>Canceled before the batch was sent; nothing was billed.</source>
        <translation>Abgebrochen, bevor der Batch gesendet wurde; nichts wurde berechnet.</translation>
    </message>
    <message>
        <source>The batch {batch} has not reached Google yet; nothing to download.</source>
        <translation>Der Batch {batch} ist noch nicht bei Google angekommen; es gibt nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>The batch {batch} is still {state} at Google; its results can be downloaded when it has finished.</source>
        <translation>Der Batch {batch} hat bei Google noch den Status „{state}“; seine Ergebnisse können heruntergeladen werden, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>The batch&apos;s result file is missing from the bucket; the rows that were not downloaded are marked failed.</source>
        <translation>Die Ergebnisdatei des Batches fehlt im Bucket; die nicht heruntergeladenen Zeilen werden als fehlgeschlagen markiert.</translation>
    </message>
    <message>
        <source>The batch expired before Google ran this row (Google gives a batch 48 hours); submit the sheet again for the rows that are missing.</source>
        <translation>Der Batch ist abgelaufen, bevor Google diese Zeile ausgeführt hat (Google gibt einem Batch 48 Stunden); senden Sie die Tabelle für die fehlenden Zeilen erneut.</translation>
    </message>
    <message>
        <source>The batch was canceled before this row ran; it was not billed.</source>
        <translation>Der Batch wurde abgebrochen, bevor diese Zeile ausgeführt wurde; sie wurde nicht berechnet.</translation>
    </message>
    <message>
        <source>Google could not run the batch ({detail}).</source>
        <translation>Google konnte den Batch nicht ausführen ({detail}).</translation>
    </message>
    <message>
        <source>Google could not run the batch.</source>
        <translation>Google konnte den Batch nicht ausführen.</translation>
    </message>
    <message>
        <source>Google returned no result for this row.</source>
        <translation>Google hat für diese Zeile kein Ergebnis zurückgegeben.</translation>
    </message>
    <message>
        <source>The job ended {status}.</source>
        <translation>Der Auftrag endete mit dem Status „{status}“.</translation>
    </message>
    <message numerus="yes">
        <source>{problem} (%n more row(s) with problems.)</source>
        <translation>
            <numerusform>{problem} (%n weitere Zeile mit Problemen.)</numerusform>
            <numerusform>{problem} (%n weitere Zeilen mit Problemen.)</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the sheet “{sheet}” can be sent; fix the rows listed.</source>
        <translation>Keine Zeile der Tabelle „{sheet}“ kann gesendet werden; korrigieren Sie die aufgeführten Zeilen.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty: row 1 should be a header (prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags) and each row after it one image.</source>
        <translation>Die Tabelle „{sheet}“ ist leer: Zeile 1 sollte eine Kopfzeile sein (Prompt, Seitenverhältnis, Größe, Anzahl, Seed, Systemanweisung, Referenzpfade, Ausgabename, Stichwörter) und jede folgende Zeile ein Bild.</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be opened.</source>
        <translation>Die Tabelle {path} kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is {size}, more than a prompt sheet may be ({limit}, about 100,000 rows); nothing was read from row 1 on. Split it into smaller sheets.</source>
        <translation>Die Tabelle „{sheet}“ ist {size} groß, mehr als für eine Prompt-Tabelle zulässig ({limit}, etwa 100.000 Zeilen); ab Zeile 1 wurde nichts gelesen. Teilen Sie sie in kleinere Tabellen auf.</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be read.</source>
        <translation>Die Tabelle {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Row 1 (the header) of “{sheet}” has no “prompt” column; its columns are {columns}. Name one column “prompt”.</source>
        <translation>Zeile 1 (die Kopfzeile) von „{sheet}“ hat keine Spalte „prompt“; ihre Spalten sind {columns}. Nennen Sie eine Spalte „prompt“.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as a table row ({error}).</source>
        <translation>Zeile {row} kann nicht als Tabellenzeile gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header in row 1 but no rows below it: add one row per image from row 2 on.</source>
        <translation>Die Tabelle „{sheet}“ hat in Zeile 1 eine Kopfzeile, aber keine Zeilen darunter: Fügen Sie ab Zeile 2 eine Zeile pro Bild hinzu.</translation>
    </message>
    <message>
        <source>Row {row} of “{sheet}” is not UTF-8 text (byte {byte} at character {column}); the sheet was probably saved as Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Zeile {row} von „{sheet}“ ist kein UTF-8-Text (Byte {byte} bei Zeichen {column}); die Tabelle wurde wahrscheinlich als Latin-1 oder Windows-1252 gespeichert. Speichern Sie sie als „CSV UTF-8“, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Row {row} has no prompt.</source>
        <translation>Zeile {row} hat keinen Prompt.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt has an unmatched “{open}” or “{close}”; write {open}{open} or {close}{close} for a literal brace.</source>
        <translation>Zeile {row}: Der Prompt enthält ein „{open}“ oder „{close}“ ohne Gegenstück; schreiben Sie {open}{open} oder {close}{close} für eine wörtliche Klammer.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but the sheet has no “{column}” column.</source>
        <translation>Zeile {row}: Der Prompt verwendet {placeholder}, aber die Tabelle hat keine Spalte „{column}“.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but that cell is empty.</source>
        <translation>Zeile {row}: Der Prompt verwendet {placeholder}, aber diese Zelle ist leer.</translation>
    </message>
    <message>
        <source>Row {row}: the aspect ratio “{ratio}” is not one {model} makes; use one of {ratios}.</source>
        <translation>Zeile {row}: Das Seitenverhältnis „{ratio}“ wird von {model} nicht erzeugt; verwenden Sie eines von {ratios}.</translation>
    </message>
    <message>
        <source>Row {row}: the size “{size}” is not one {model} makes; use {sizes}.</source>
        <translation>Zeile {row}: Die Größe „{size}“ wird von {model} nicht erzeugt; verwenden Sie {sizes}.</translation>
    </message>
    <message>
        <source>Row {row}: the count “{count}” must be a whole number from 1 to {most}.</source>
        <translation>Zeile {row}: Die Anzahl „{count}“ muss eine ganze Zahl von 1 bis {most} sein.</translation>
    </message>
    <message>
        <source>Row {row}: the seed “{seed}” is not a whole number.</source>
        <translation>Zeile {row}: Der Seed „{seed}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Row {row}: the reference image “{name}” does not exist (looked for {path}).</source>
        <translation>Zeile {row}: Das Referenzbild „{name}“ existiert nicht (gesucht unter {path}).</translation>
    </message>
    <message numerus="yes">
        <source>Row {row}: %n reference image(s); {model} takes at most {most}.</source>
        <translation>
            <numerusform>Zeile {row}: %n Referenzbild; {model} nimmt höchstens {most}.</numerusform>
            <numerusform>Zeile {row}: %n Referenzbilder; {model} nimmt höchstens {most}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesPane</name>
    <message>
        <source>Sheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>inline</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>interaktiv</translation>
    </message>
    <message>
        <source>Import prompt sheet…</source>
        <translation>Prompt-Tabelle importieren…</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Batch abbrechen</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Ask Google now instead of at the next scheduled check</source>
        <translation>Google jetzt abfragen statt bei der nächsten geplanten Prüfung</translation>
    </message>
    <message>
        <source>Row {number} ({key}): {error}</source>
        <translation>Zeile {number} ({key}): {error}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch “{sheet}” journalled; sending it to Google.</source>
        <translation>Batch „{sheet}“ protokolliert; wird an Google gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Batch “{sheet}”: %n image(s) are in the library on the board “{sheet}”.</source>
        <translation>
            <numerusform>Batch „{sheet}“: %n Bild ist in der Bibliothek auf dem Board „{sheet}“.</numerusform>
            <numerusform>Batch „{sheet}“: %n Bilder sind in der Bibliothek auf dem Board „{sheet}“.</numerusform>
        </translation>
    </message>
    <message>
        <source>{cost} (interactive)</source>
        <translation>{cost} (interaktiv)</translation>
    </message>
    <message>
        <source>{cost} (batch price)</source>
        <translation>{cost} (Batch-Preis)</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Generate a CSV/TSV sheet of prompts at batch price (half the interactive price) or through the queue</source>
        <translation>Eine CSV/TSV-Tabelle mit Prompts zum Batch-Preis (halber interaktiver Preis) oder über die Warteschlange generieren</translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>All images
{images}</source>
        <translation>Alle Bilder
{images}</translation>
    </message>
    <message>
        <source>{board}: drop images here, or select images and press B</source>
        <translation>{board}: Bilder hier ablegen, oder Bilder auswählen und B drücken</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Neues Board…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Board löschen</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Deprecated since {deprecated}, shut down on {shutdown}.</source>
        <translation>Veraltet seit {deprecated}, abgeschaltet am {shutdown}.</translation>
    </message>
    <message>
        <source>Deprecated since {deprecated}.</source>
        <translation>Veraltet seit {deprecated}.</translation>
    </message>
    <message>
        <source>Shut down on {shutdown}.</source>
        <translation>Abgeschaltet am {shutdown}.</translation>
    </message>
    <message>
        <source>Always thinks; 4K is Preview on Vertex. Takes images only as references.</source>
        <translation>Denkt immer; 4K ist auf Vertex eine Vorschau. Nimmt Bilder nur als Referenzen.</translation>
    </message>
    <message>
        <source>Nano Banana Pro (preview, retired on AI Studio)</source>
        <translation>Nano Banana Pro (Vorschau, in AI Studio eingestellt)</translation>
    </message>
    <message>
        <source>Use gemini-3-pro-image.</source>
        <translation>Verwenden Sie gemini-3-pro-image.</translation>
    </message>
    <message>
        <source>GA on 2026-10-06; Google&apos;s recommended image model.</source>
        <translation>Allgemein verfügbar seit 2026-10-06; das von Google empfohlene Bildmodell.</translation>
    </message>
    <message>
        <source>GA on 2026-06-30; fast, 1K only; no Flex or Priority tier.</source>
        <translation>Allgemein verfügbar seit 2026-06-30; schnell, nur 1K; keine Servicestufe Flex oder Priority.</translation>
    </message>
    <message>
        <source>Use gemini-nano-banana-2.1.</source>
        <translation>Verwenden Sie gemini-nano-banana-2.1.</translation>
    </message>
    <message>
        <source>1K only.</source>
        <translation>Nur 1K.</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Describe the image…   ({keys} queues it)</source>
        <translation>Beschreiben Sie das Bild…   ({keys} stellt es in die Warteschlange)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Earlier prompts</source>
        <translation>Frühere Prompts</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>Standing instructions sent with every prompt (optional)</source>
        <translation>Feste Anweisungen, die mit jedem Prompt gesendet werden (optional)</translation>
    </message>
    <message>
        <source>e.g. You are a product photographer. Clean studio light.</source>
        <translation>z. B. Sie sind Produktfotograf. Klares Studiolicht.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add reference images from files</source>
        <translation>Referenzbilder aus Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model id; you can type a newer one</source>
        <translation>Die Modell-ID; Sie können eine neuere eingeben</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>Über das Modell</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>Denkstufe</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Fundierung mit der Google Suche</translation>
    </message>
    <message>
        <source>Let the model look things up on the web (billed separately)</source>
        <translation>Das Modell im Web recherchieren lassen (separat berechnet)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>How many jobs to queue with these settings</source>
        <translation>Wie viele Aufträge mit diesen Einstellungen eingereiht werden</translation>
    </message>
    <message>
        <source>2×2 variations grid</source>
        <translation>2×2-Variantenraster</translation>
    </message>
    <message>
        <source>Four variations in one request (a quarter of the cost); the grid and its four tiles are saved</source>
        <translation>Vier Varianten in einer Anfrage (ein Viertel der Kosten); das Raster und seine vier Kacheln werden gespeichert</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Einreihen</translation>
    </message>
    <message>
        <source>Queue this generation ({keys})</source>
        <translation>Diese Generierung in die Warteschlange stellen ({keys})</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Queue generation</source>
        <translation>Generierung einreihen</translation>
    </message>
    <message>
        <source>Queue this generation</source>
        <translation>Diese Generierung in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>default ({level})</source>
        <translation>Standard ({level})</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>{estimate} (4 images per job)</source>
        <translation>{estimate} (4 Bilder pro Auftrag)</translation>
    </message>
    <message>
        <source>{estimate} at the {tier} tier</source>
        <translation>{estimate} in der Stufe {tier}</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>Keine früheren Prompts</translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation>Referenzbilder hinzufügen</translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Images (*.png *.jpg *.jpeg *.webp *.heic *.heif)</source>
        <translation>Bilder, PDFs und Videos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Bilder (*.png *.jpg *.jpeg *.webp *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>An API key from Google AI Studio (aistudio.google.com → Get API key). Image generation needs a project with billing enabled.</source>
        <translation>Ein API-Schlüssel aus Google AI Studio (aistudio.google.com → Get API key). Die Bildgenerierung erfordert ein Projekt mit aktivierter Abrechnung.</translation>
    </message>
    <message>
        <source>A service-account key file (JSON) from the Google Cloud console. Drop the file here; the project is read from it.</source>
        <translation>Eine Dienstkonto-Schlüsseldatei (JSON) aus der Google Cloud Console. Legen Sie die Datei hier ab; das Projekt wird daraus gelesen.</translation>
    </message>
    <message>
        <source>An API key for Vertex AI express mode (no project needed).</source>
        <translation>Ein API-Schlüssel für den Express-Modus von Vertex AI (kein Projekt erforderlich).</translation>
    </message>
    <message>
        <source>A relay or gateway that speaks the OpenAI images API (LiteLLM and others): its base URL and key. The gateway retries by itself, so the app sends each request once (one retry layer, not two).</source>
        <translation>Ein Relay oder Gateway, das die OpenAI-Bilder-API spricht (LiteLLM und andere): seine Basis-URL und sein Schlüssel. Das Gateway wiederholt Anfragen selbst, daher sendet die App jede Anfrage nur einmal (eine Wiederholungsebene, nicht zwei).</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Flex: half price, answers may take minutes</source>
        <translation>Flex: halber Preis, Antworten können Minuten dauern</translation>
    </message>
    <message>
        <source>Priority: faster, costs more</source>
        <translation>Priority: schneller, teurer</translation>
    </message>
    <message>
        <source>Google&apos;s service tier for this connection; a model that refuses it gets Standard from then on</source>
        <translation>Googles Servicestufe für diese Verbindung; ein Modell, das sie ablehnt, erhält ab dann Standard</translation>
    </message>
    <message>
        <source>optional: a relay, private endpoint or the emulator</source>
        <translation>optional: ein Relay, privater Endpunkt oder der Emulator</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>A real call to check the key, project and model: free at Google; through a gateway, one tiny text request (a fraction of a cent)</source>
        <translation>Ein echter Aufruf, der Schlüssel, Projekt und Modell prüft: bei Google kostenlos; über ein Gateway eine winzige Textanfrage (Bruchteil eines Cents)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Jobs at once</source>
        <translation>Gleichzeitige Aufträge</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>required: https://…</source>
        <translation>erforderlich: https://…</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>Dienstkonto-Schlüsseldatei</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>“{name}” cannot be read.</source>
        <translation>„{name}“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>✗ {name}: drop another key file here</source>
        <translation>✗ {name}: Legen Sie hier eine andere Schlüsseldatei ab</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through this connection</source>
        <translation>Gleichzeitig über diese Verbindung gesendete Aufträge</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>Requests per minute through this connection (0: no limit), kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>Anfragen pro Minute über diese Verbindung (0: keine Begrenzung), auf unserer Seite eingehalten, damit Googles Ratenlimits nicht erreicht werden</translation>
    </message>
    <message>
        <source>as in Settings → Queue ({current})</source>
        <translation>wie unter Einstellungen → Warteschlange ({current})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Enter the {secret} first.</source>
        <translation>Geben Sie zuerst den {secret} ein.</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>Vertex AI express mode</source>
        <translation>Vertex AI-Expressmodus</translation>
    </message>
    <message>
        <source>OpenAI-compatible gateway</source>
        <translation>OpenAI-kompatibles Gateway</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>Dienstkontoschlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>A gateway connection needs its base URL (for example https://relay.example.com).</source>
        <translation>Eine Gateway-Verbindung benötigt ihre Basis-URL (zum Beispiel https://relay.example.com).</translation>
    </message>
    <message>
        <source>The base URL “{url}” must start with https:// (or http://).</source>
        <translation>Die Basis-URL „{url}“ muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>The service tier “{tier}” is not one of {choices}.</source>
        <translation>Die Servicestufe „{tier}“ ist keine der Stufen {choices}.</translation>
    </message>
    <message>
        <source>A Vertex connection needs a project ID (it is usually read from the service-account file).</source>
        <translation>Eine Vertex-Verbindung benötigt eine Projekt-ID (sie wird normalerweise aus der Dienstkontodatei gelesen).</translation>
    </message>
    <message>
        <source>The {label} is empty.</source>
        <translation>Der {label} ist leer.</translation>
    </message>
    <message>
        <source>The secret of “{name}” is not in the keychain any more; enter it again.</source>
        <translation>Das Geheimnis von „{name}“ ist nicht mehr im Schlüsselbund; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The {label} for “{name}” is not in the keychain any more. Edit the connection and enter it again.</source>
        <translation>Der {label} für „{name}“ ist nicht mehr im Schlüsselbund. Bearbeiten Sie die Verbindung und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The key stored for “{name}”</source>
        <translation>Der für „{name}“ gespeicherte Schlüssel</translation>
    </message>
    <message>
        <source>An invisible byte-order mark at the start of the {label} was removed.</source>
        <translation>Eine unsichtbare Byte-Reihenfolge-Markierung (BOM) am Anfang wurde aus dem {label} entfernt.</translation>
    </message>
    <message>
        <source>The {label} has {character} inside it (character {position}); it must be one line of letters and digits. Copy it again from the console.</source>
        <translation>Der {label} enthält {character} (Zeichen {position}); er muss eine einzige Zeile aus Buchstaben und Ziffern sein. Kopieren Sie ihn erneut aus der Konsole.</translation>
    </message>
    <message>
        <source>The {label} contains a character that is not plain ASCII (character {position}); it may only have letters, digits and a few marks. Copy it again from the console.</source>
        <translation>Der {label} enthält ein Zeichen, das kein reines ASCII ist (Zeichen {position}); er darf nur Buchstaben, Ziffern und einige Satzzeichen enthalten. Kopieren Sie ihn erneut aus der Konsole.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>ein unsichtbares Zeichen</translation>
    </message>
    <message>
        <source>{path} is not a regular file; choose the JSON key file itself.</source>
        <translation>{path} ist keine reguläre Datei; wählen Sie die JSON-Schlüsseldatei selbst aus.</translation>
    </message>
    <message>
        <source>The service-account file {path} cannot be read.</source>
        <translation>Die Dienstkontodatei {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{source} is {size} KB; a Google service-account key file is about 2 KB (at most {limit} KB is accepted). Choose the JSON key file the Google Cloud console downloaded.</source>
        <translation>{source} ist {size} KB groß; eine Google-Dienstkontoschlüsseldatei ist etwa 2 KB groß (akzeptiert werden höchstens {limit} KB). Wählen Sie die JSON-Schlüsseldatei, die Sie aus der Google Cloud Console heruntergeladen haben.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) and sign in to a desktop session, then try again.</source>
        <translation>Kein System-Schlüsselbund verfügbar, daher kann das Geheimnis nicht sicher gespeichert werden. Installieren und entsperren Sie einen Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet), melden Sie sich bei einer Desktop-Sitzung an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Check that your system keychain is unlocked, then try again.</source>
        <translation>Kein System-Schlüsselbund verfügbar, daher kann das Geheimnis nicht sicher gespeichert werden. Prüfen Sie, ob Ihr System-Schlüsselbund entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>Der System-Schlüsselbund ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused to store or read the secret.</source>
        <translation>Der System-Schlüsselbund hat das Speichern oder Lesen des Geheimnisses verweigert.</translation>
    </message>
    <message>
        <source>“{name}” works: {service} accepted the credentials for {model}.</source>
        <translation>„{name}“ funktioniert: {service} hat die Anmeldedaten für {model} akzeptiert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The gateway accepted the key but does not list the model “{model}” (it lists: {models}).</source>
        <translation>Das Gateway hat den Schlüssel akzeptiert, führt das Modell „{model}“ aber nicht auf (aufgeführt: {models}).</translation>
    </message>
    <message>
        <source>“{name}” works: the gateway accepted the key, lists {model}, and the model answered a one-word test through it.</source>
        <translation>„{name}“ funktioniert: Das Gateway hat den Schlüssel akzeptiert, führt {model} auf, und das Modell hat über das Gateway einen Ein-Wort-Test beantwortet.</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}. It offers no small request that reaches the model, so whether the model answers shows with the first image.</source>
        <translation>„{name}“ funktioniert, soweit das Gateway es erkennen lässt: Es hat den Schlüssel akzeptiert und führt {model} auf. Es bietet keine kleine Anfrage, die das Modell erreicht; ob das Modell antwortet, zeigt sich daher beim ersten Bild.</translation>
    </message>
    <message>
        <source>The gateway accepted your key and lists {model}, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>Das Gateway hat Ihren Schlüssel akzeptiert und führt {model} auf, aber der Dienst dahinter hat die eigenen Anmeldedaten des Gateways abgelehnt (HTTP {status}). Bitten Sie den Betreiber des Gateways, sie zu prüfen.</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but has no free capacity for it right now (HTTP 429): {said}</source>
        <translation>Das Gateway hat den Schlüssel akzeptiert und führt {model} auf, hat dafür aber gerade keine freie Kapazität (HTTP 429): {said}</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but could not get an answer from the model behind it (HTTP {status}): {said}</source>
        <translation>Das Gateway hat den Schlüssel akzeptiert und führt {model} auf, konnte aber keine Antwort vom Modell dahinter erhalten (HTTP {status}): {said}</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}, but refused the small test request (HTTP {status}: {said}), so whether the model answers shows with the first image.</source>
        <translation>„{name}“ funktioniert, soweit das Gateway es erkennen lässt: Es hat den Schlüssel akzeptiert und führt {model} auf, hat aber die kleine Testanfrage abgelehnt (HTTP {status}: {said}); ob das Modell antwortet, zeigt sich daher beim ersten Bild.</translation>
    </message>
</context>
<context>
    <name>ContentCredentialsPage</name>
    <message>
        <source>none: this computer&apos;s own certificate</source>
        <translation>keine: das eigene Zertifikat dieses Computers</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>Datei des Signaturzertifikats</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own</source>
        <translation>Eigenes Zertifikat dieses Computers verwenden</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <source>Check certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <source>none (e.g. {url})</source>
        <translation>keiner (z. B. {url})</translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation>Zeitstempelserver</translation>
    </message>
    <message>
        <source>Signing certificate status</source>
        <translation>Status des Signaturzertifikats</translation>
    </message>
    <message>
        <source>Exports that change a file get new Content Credentials (C2PA) with Google&apos;s as their ingredient, signed by:</source>
        <translation>Exporte, die eine Datei ändern, erhalten neue Inhaltsnachweise (C2PA) mit denen von Google als Zutat, signiert von:</translation>
    </message>
    <message>
        <source>Certificate (PEM or PKCS#12)</source>
        <translation>Zertifikat (PEM oder PKCS#12)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s own certificate.</source>
        <translation>Mit dem eigenen Zertifikat dieses Computers signiert.</translation>
    </message>
    <message>
        <source>✓ “{signer}” can sign Content Credentials until {date}.</source>
        <translation>✓ „{signer}“ kann bis {date} Inhaltsnachweise signieren.</translation>
    </message>
    <message>
        <source>Your certificate is used; press Check certificate to test it.</source>
        <translation>Ihr Zertifikat wird verwendet; klicken Sie auf „Zertifikat prüfen“, um es zu testen.</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>Certificates with key (*.pem *.p12 *.pfx)</source>
        <translation>Zertifikate mit Schlüssel (*.pem *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit this image</source>
        <translation>Dieses Bild bearbeiten</translation>
    </message>
    <message>
        <source>What should change? (Google sees the image and the conversation so far.)</source>
        <translation>Was soll sich ändern? (Google sieht das Bild und die bisherige Unterhaltung.)</translation>
    </message>
    <message>
        <source>What should change</source>
        <translation>Gewünschte Änderung</translation>
    </message>
    <message>
        <source>e.g. make the sky stormy   ({keys} queues it)</source>
        <translation>z. B. den Himmel stürmisch machen   ({keys} stellt es in die Warteschlange)</translation>
    </message>
    <message>
        <source>Queue edit</source>
        <translation>Bearbeitung einreihen</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Re-rendered at {size}</source>
        <translation>Neu gerendert in {size}</translation>
    </message>
    <message>
        <source>Re-rendered at a larger size</source>
        <translation>Größer neu gerendert</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message>
        <source>Generated: {prompt}</source>
        <translation>Generiert: {prompt}</translation>
    </message>
    <message>
        <source>Edit: {prompt}</source>
        <translation>Bearbeitung: {prompt}</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Show an image to see its edits.</source>
        <translation>Zeigen Sie ein Bild an, um seine Bearbeitungen zu sehen.</translation>
    </message>
    <message>
        <source>Branch from this turn…</source>
        <translation>Von diesem Schritt abzweigen…</translation>
    </message>
    <message>
        <source>Edit the chosen turn: a new branch, leaving later edits as they are</source>
        <translation>Den gewählten Schritt bearbeiten: ein neuer Zweig, spätere Bearbeitungen bleiben unverändert</translation>
    </message>
    <message>
        <source>A single turn: no edits yet.</source>
        <translation>Ein einzelner Schritt: noch keine Bearbeitungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n turns in this edit tree.</source>
        <translation>
            <numerusform>%n Schritt in diesem Bearbeitungsbaum.</numerusform>
            <numerusform>%n Schritte in diesem Bearbeitungsbaum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;b&gt;Your library is empty.&lt;/b&gt;&lt;br&gt;Every image you generate lands here. Write a prompt in Compose and press {keys}.</source>
        <translation>&lt;b&gt;Ihre Bibliothek ist leer.&lt;/b&gt;&lt;br&gt;Jedes generierte Bild landet hier. Schreiben Sie unter „Verfassen“ einen Prompt und drücken Sie {keys}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image matches the search and filters.&lt;/b&gt;&lt;br&gt;“Clear filters” shows the whole library again.</source>
        <translation>&lt;b&gt;Kein Bild entspricht der Suche und den Filtern.&lt;/b&gt;&lt;br&gt;„Filter löschen“ zeigt wieder die ganze Bibliothek.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This board is empty.&lt;/b&gt;&lt;br&gt;Drag images onto it in the list, or select images and press B.</source>
        <translation>&lt;b&gt;Dieses Board ist leer.&lt;/b&gt;&lt;br&gt;Ziehen Sie Bilder in der Liste darauf, oder wählen Sie Bilder aus und drücken Sie B.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The queue is empty.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}: jobs wait and run here, with their progress, time and cost.</source>
        <translation>&lt;b&gt;Die Warteschlange ist leer.&lt;/b&gt;&lt;br&gt;Schreiben Sie unter „Verfassen“ einen Prompt und drücken Sie {keys}: Aufträge warten und laufen hier, mit Fortschritt, Dauer und Kosten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image yet.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}, or open an image from the Library.</source>
        <translation>&lt;b&gt;Noch kein Bild.&lt;/b&gt;&lt;br&gt;Schreiben Sie unter „Verfassen“ einen Prompt und drücken Sie {keys}, oder öffnen Sie ein Bild aus der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export %n image(s)</source>
        <translation>
            <numerusform>%n Bild exportieren</numerusform>
            <numerusform>%n Bilder exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Als Vorgabe speichern…</translation>
    </message>
    <message>
        <source>Original (exact copy)</source>
        <translation>Original (exakte Kopie)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG-Qualität</translation>
    </message>
    <message>
        <source>Estimated file size</source>
        <translation>Geschätzte Dateigröße</translation>
    </message>
    <message>
        <source>4:4:4 keeps full colour detail (print); 4:2:0 is smaller (web)</source>
        <translation>4:4:4 behält alle Farbdetails (Druck); 4:2:0 ist kleiner (Web)</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>Progressiv</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Long edge</source>
        <translation>Lange Kante</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Embed sRGB</source>
        <translation>sRGB einbetten</translation>
    </message>
    <message>
        <source>Convert to profile…</source>
        <translation>In Profil konvertieren…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>an RGB or CMYK .icc profile (e.g. from your print shop)</source>
        <translation>ein RGB- oder CMYK-.icc-Profil (z. B. von Ihrer Druckerei)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>Relativ farbmetrisch</translation>
    </message>
    <message>
        <source>perceptual</source>
        <translation>Perzeptiv</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>Sättigung</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>Absolut farbmetrisch</translation>
    </message>
    <message>
        <source>Prompt, model and AI source (XMP)</source>
        <translation>Prompt, Modell und KI-Quelle (XMP)</translation>
    </message>
    <message>
        <source>Strip everything</source>
        <translation>Alles entfernen</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Inhaltsnachweise</translation>
    </message>
    <message>
        <source>Keep Google&apos;s and sign what this export changes</source>
        <translation>Die von Google behalten und signieren, was dieser Export ändert</translation>
    </message>
    <message>
        <source>Strip all provenance</source>
        <translation>Alle Herkunftsangaben entfernen</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) say who made the image and how it was changed. {signer_note}</source>
        <translation>Inhaltsnachweise (C2PA) geben an, wer das Bild erstellt hat und wie es geändert wurde. {signer_note}</translation>
    </message>
    <message>
        <source>Compression warning</source>
        <translation>Komprimierungswarnung</translation>
    </message>
    <message>
        <source>Use Original instead</source>
        <translation>Stattdessen „Original“ verwenden</translation>
    </message>
    <message>
        <source>Re-encode anyway</source>
        <translation>Trotzdem neu codieren</translation>
    </message>
    <message>
        <source>Write a CSV of the metadata</source>
        <translation>Eine CSV-Datei mit den Metadaten schreiben</translation>
    </message>
    <message>
        <source>Make a contact sheet (PDF)</source>
        <translation>Kontaktabzug erstellen (PDF)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>Farbunterabtastung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Rendering intent</source>
        <translation>Renderpriorität</translation>
    </message>
    <message>
        <source>TIFF bits</source>
        <translation>TIFF-Bittiefe</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Dateinamen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi (the image is smaller than the paper at this ppi)</source>
        <translation>Effektive Auflösung auf {paper}: {ppi} ppi (das Bild ist bei dieser Auflösung kleiner als das Papier)</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi</source>
        <translation>Effektive Auflösung auf {paper}: {ppi} ppi</translation>
    </message>
    <message>
        <source>Google already sent JPEG: its data is kept as it is (no second compression); only size information and metadata are added.</source>
        <translation>Google hat bereits JPEG gesendet: Die Daten bleiben unverändert (keine zweite Komprimierung); nur Größenangaben und Metadaten werden hinzugefügt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second compression:&lt;/b&gt; Google already sent JPEG, and this preset compresses it again, losing detail. Use Original to hand over Google&apos;s file unchanged.</source>
        <translation>&lt;b&gt;Zweite Komprimierung:&lt;/b&gt; Google hat bereits JPEG gesendet, und diese Vorgabe komprimiert es erneut, wodurch Details verloren gehen. Verwenden Sie „Original“, um die Datei von Google unverändert weiterzugeben.</translation>
    </message>
    <message>
        <source>Estimating size…</source>
        <translation>Größe wird geschätzt…</translation>
    </message>
    <message>
        <source>About {size} each (first image)</source>
        <translation>Etwa {size} pro Bild (erstes Bild)</translation>
    </message>
    <message>
        <source>About {size}</source>
        <translation>Etwa {size}</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Vorgabe speichern</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Name der Vorgabe:</translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation>Farbprofil</translation>
    </message>
    <message>
        <source>ICC profiles (*.icc *.icm)</source>
        <translation>ICC-Profile (*.icc *.icm)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Canceling after the current image…</source>
        <translation>Abbruch nach dem aktuellen Bild…</translation>
    </message>
    <message>
        <source>Strip all provenance?</source>
        <translation>Alle Herkunftsangaben entfernen?</translation>
    </message>
    <message>
        <source>{explanation}

Strip it?</source>
        <translation>{explanation}

Entfernen?</translation>
    </message>
    <message>
        <source>Export without Content Credentials?</source>
        <translation>Ohne Inhaltsnachweise exportieren?</translation>
    </message>
    <message>
        <source>{problem}

Export anyway without new Content Credentials? The exported files will then not carry Google&apos;s Content Credentials either (the Original preset keeps them).</source>
        <translation>{problem}

Trotzdem ohne neue Inhaltsnachweise exportieren? Die exportierten Dateien tragen dann auch die Inhaltsnachweise von Google nicht (die Vorgabe „Original“ behält sie).</translation>
    </message>
    <message>
        <source>Nothing exported: provenance was not stripped.</source>
        <translation>Nichts exportiert: Die Herkunftsangaben wurden nicht entfernt.</translation>
    </message>
    <message>
        <source>{number} of {total}: {name}</source>
        <translation>{number} von {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n images · {preset}</source>
        <translation>
            <numerusform>%n Bild · {preset}</numerusform>
            <numerusform>%n Bilder · {preset}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n exported to {folder}.</source>
        <translation>
            <numerusform>Abgebrochen: %n Bild nach {folder} exportiert.</numerusform>
            <numerusform>Abgebrochen: %n Bilder nach {folder} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported to {folder}.</source>
        <translation>
            <numerusform>%n Bild nach {folder} exportiert.</numerusform>
            <numerusform>%n Bilder nach {folder} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{exported} The prompt of %n of them was too long for a JPEG&apos;s metadata, so it is shortened there; the full text stays in the library.</source>
        <translation>
            <numerusform>{exported} Bei %n davon war der Prompt zu lang für die Metadaten eines JPEG und wurde dort gekürzt; der vollständige Text bleibt in der Bibliothek.</numerusform>
            <numerusform>{exported} Bei %n davon war der Prompt zu lang für die Metadaten eines JPEG und wurde dort gekürzt; der vollständige Text bleibt in der Bibliothek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>The image {name} cannot be read from the library.</source>
        <translation>Das Bild {name} kann nicht aus der Bibliothek gelesen werden.</translation>
    </message>
    <message>
        <source>PNG cannot hold CMYK: choose JPEG or TIFF for a CMYK profile.</source>
        <translation>PNG kann kein CMYK enthalten: Wählen Sie JPEG oder TIFF für ein CMYK-Profil.</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”.</source>
        <translation>Unbekanntes Exportformat „{format}“.</translation>
    </message>
    <message>
        <source>The colour profile {name} cannot be read.</source>
        <translation>Das Farbprofil {name} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(keins ausgewählt)</translation>
    </message>
    <message>
        <source>The sRGB colour profile is missing from this installation; reinstall the app.</source>
        <translation>Das sRGB-Farbprofil fehlt in dieser Installation; installieren Sie die App neu.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder}.</source>
        <translation>Der Export konnte nicht in {folder} geschrieben werden.</translation>
    </message>
    <message>
        <source>The source is not a JPEG file.</source>
        <translation>Die Quelle ist keine JPEG-Datei.</translation>
    </message>
    <message>
        <source>A metadata block is too large for a JPEG segment.</source>
        <translation>Ein Metadatenblock ist zu groß für ein JPEG-Segment.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Web JPEG</source>
        <translation>Web-JPEG</translation>
    </message>
    <message>
        <source>Print JPEG</source>
        <translation>Druck-JPEG</translation>
    </message>
    <message>
        <source>Print TIFF</source>
        <translation>Druck-TIFF</translation>
    </message>
    <message>
        <source>There is no export preset “{name}” (presets: {presets}).</source>
        <translation>Es gibt keine Exportvorgabe „{name}“ (Vorgaben: {presets}).</translation>
    </message>
</context>
<context>
    <name>ExportingMimeData</name>
    <message>
        <source>Preparing the dropped files…</source>
        <translation>Abgelegte Dateien werden vorbereitet…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Recent results</source>
        <translation>Neueste Ergebnisse</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Benutzerdefinierter Zeitraum…</translation>
    </message>
    <message>
        <source>Search prompts and replies</source>
        <translation>Prompts und Antworten durchsuchen</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Picks only</source>
        <translation>Nur Auswahlen</translation>
    </message>
    <message>
        <source>Show only picked images</source>
        <translation>Nur als Auswahl markierte Bilder anzeigen</translation>
    </message>
    <message>
        <source>Hide rejects</source>
        <translation>Abgelehnte ausblenden</translation>
    </message>
    <message>
        <source>Hide rejected images</source>
        <translation>Abgelehnte Bilder ausblenden</translation>
    </message>
    <message>
        <source>Has edits</source>
        <translation>Mit Bearbeitungen</translation>
    </message>
    <message>
        <source>Only images that are part of an edit history</source>
        <translation>Nur Bilder, die Teil eines Bearbeitungsverlaufs sind</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Inhaltsnachweise</translation>
    </message>
    <message>
        <source>Only images with Content Credentials (a C2PA manifest)</source>
        <translation>Nur Bilder mit Inhaltsnachweisen (einem C2PA-Manifest)</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Beliebige Bewertung</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Beliebige Farbbeschriftung</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>Farbbeschriftung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>Beliebige Verbindung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Beliebiges Modell</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Beliebige Größe</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Any ratio</source>
        <translation>Beliebiges Verhältnis</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Show everything again (search words and filters)</source>
        <translation>Wieder alles anzeigen (Suchbegriffe und Filter)</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Miniaturgröße</translation>
    </message>
    <message>
        <source>Date, label, connection, model, size, ratio, edits, Content Credentials</source>
        <translation>Datum, Farbbeschriftung, Verbindung, Modell, Größe, Verhältnis, Bearbeitungen, Inhaltsnachweise</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>Weitere Filter ({count})</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Paste an API key (the quickest start).</source>
        <translation>Fügen Sie einen API-Schlüssel ein (der schnellste Einstieg).</translation>
    </message>
    <message>
        <source>Drop a service-account key file; project and location are filled in.</source>
        <translation>Legen Sie eine Dienstkonto-Schlüsseldatei ab; Projekt und Standort werden ausgefüllt.</translation>
    </message>
    <message>
        <source>An express-mode API key.</source>
        <translation>Ein API-Schlüssel für den Express-Modus.</translation>
    </message>
    <message>
        <source>A relay&apos;s base URL and key.</source>
        <translation>Basis-URL und Schlüssel eines Relays.</translation>
    </message>
    <message>
        <source>Welcome to nbp-desktop</source>
        <translation>Willkommen bei nbp-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect your Google account&lt;/h3&gt;Images are made with your own account and billed by Google. Your key is kept in the system keychain.</source>
        <translation>&lt;h3&gt;Verbinden Sie Ihr Google-Konto&lt;/h3&gt;Bilder werden mit Ihrem eigenen Konto erstellt und von Google berechnet. Ihr Schlüssel wird im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Explore first with the built-in emulator</source>
        <translation>Zuerst mit dem integrierten Emulator ausprobieren</translation>
    </message>
    <message>
        <source>Everything works locally with placeholder images; nothing is billed. Add a connection later in Settings.</source>
        <translation>Alles funktioniert lokal mit Platzhalterbildern; nichts wird berechnet. Fügen Sie später unter „Einstellungen“ eine Verbindung hinzu.</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>File missing</source>
        <translation>Datei fehlt</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>{width} × {height}, {marks} — file missing</source>
        <translation>{width} × {height}, {marks} – Datei fehlt</translation>
    </message>
    <message>
        <source>{width} × {height}, {marks}</source>
        <translation>{width} × {height}, {marks}</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <source>Gallery status</source>
        <translation>Galeriestatus</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>Zurück zu meiner Bibliothek</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Neues Board…</translation>
    </message>
    <message>
        <source>A board collects images; an image can be on several boards</source>
        <translation>Ein Board sammelt Bilder; ein Bild kann auf mehreren Boards liegen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move the selected images to the trash ({delete}); undo with {undo}</source>
        <translation>Die ausgewählten Bilder in den Papierkorb verschieben ({delete}); rückgängig mit {undo}</translation>
    </message>
    <message>
        <source>Add to target board</source>
        <translation>Zum Ziel-Board hinzufügen</translation>
    </message>
    <message>
        <source>Add the selection to the board chosen last (B)</source>
        <translation>Die Auswahl zum zuletzt gewählten Board hinzufügen (B)</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>Bilder werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} images</source>
        <translation>
            <numerusform>{shown} von {total} Bild</numerusform>
            <numerusform>{shown} von {total} Bildern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} images</source>
        <translation>
            <numerusform>{shown} Bild</numerusform>
            <numerusform>{shown} Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{selected} selected</source>
        <translation>
            <numerusform>{selected} ausgewählt</numerusform>
            <numerusform>{selected} ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>Wiederholt: {step}.</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>Rückgängig gemacht: {step}.</translation>
    </message>
    <message>
        <source>{message} Undo with {keys}.</source>
        <translation>{message} Rückgängig mit {keys}.</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again read-write to change ratings, boards or files.</source>
        <translation>Diese Bibliothek ist schreibgeschützt geöffnet. Öffnen Sie sie erneut mit Lese- und Schreibzugriff, um Bewertungen, Boards oder Dateien zu ändern.</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>Rückgängig: {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Wiederholen: {step}</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>das Board</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Neues Board</translation>
    </message>
    <message>
        <source>Board name:</source>
        <translation>Name des Boards:</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Board umbenennen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>Lupe</translation>
    </message>
    <message>
        <source>Use all settings</source>
        <translation>Alle Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>Prompt übernehmen</translation>
    </message>
    <message>
        <source>Add to board</source>
        <translation>Zu Board hinzufügen</translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>Aus „{board}“ entfernen</translation>
    </message>
    <message>
        <source>Select two images to compare.</source>
        <translation>Wählen Sie zwei Bilder zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-only). New images still go to your own library.</source>
        <translation>Sie sehen die Bibliothek in {folder} (schreibgeschützt). Neue Bilder kommen weiterhin in Ihre eigene Bibliothek.</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-write). New images still go to your own library.</source>
        <translation>Sie sehen die Bibliothek in {folder} (Lesen und Schreiben). Neue Bilder kommen weiterhin in Ihre eigene Bibliothek.</translation>
    </message>
</context>
<context>
    <name>GalleryText</name>
    <message>
        <source>Pick</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Inhaltsnachweise</translation>
    </message>
    <message>
        <source>damaged Content Credentials</source>
        <translation>beschädigte Inhaltsnachweise</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the marks of one image</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>Unmarkiert</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Open the library in “{folder}”</source>
        <translation>Bibliothek in „{folder}“ öffnen</translation>
    </message>
    <message>
        <source>Read-only never changes it (safe for a shared drive or another person&apos;s library). Read-write lets you rate, flag, collect and delete there.</source>
        <translation>Schreibgeschützt ändert sie nie (sicher für ein freigegebenes Laufwerk oder die Bibliothek einer anderen Person). Mit Lesen und Schreiben können Sie dort bewerten, markieren, sammeln und löschen.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open read-write</source>
        <translation>Mit Lese- und Schreibzugriff öffnen</translation>
    </message>
    <message>
        <source>“{name}” could not be moved to the trash, so it was not deleted. The folder may be read-only, or this drive has no trash.</source>
        <translation>„{name}“ konnte nicht in den Papierkorb verschoben werden und wurde daher nicht gelöscht. Der Ordner ist möglicherweise schreibgeschützt, oder dieses Laufwerk hat keinen Papierkorb.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>Lupe</translation>
    </message>
    <message>
        <source>Compare the selection</source>
        <translation>Auswahl vergleichen</translation>
    </message>
    <message>
        <source>Add to the last board</source>
        <translation>Zum letzten Board hinzufügen</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Open in the Generate tab</source>
        <translation>Im Tab „Generieren“ öffnen</translation>
    </message>
</context>
<context>
    <name>GenerationText</name>
    <message>
        <source>Interrupted — may have been billed. The app stopped while this job was running; run it again if you still want the image.</source>
        <translation>Unterbrochen – möglicherweise berechnet. Die App wurde beendet, während dieser Auftrag lief; führen Sie ihn erneut aus, wenn Sie das Bild noch möchten.</translation>
    </message>
    <message>
        <source>it is a folder, not an image file</source>
        <translation>es ist ein Ordner, keine Bilddatei</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device)</source>
        <translation>es ist keine reguläre Datei (Pipe, Socket oder Gerät)</translation>
    </message>
    <message>
        <source>it is {size} MB; the largest file accepted is {limit} MB</source>
        <translation>die Datei ist {size} MB groß; zulässig sind höchstens {limit} MB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>die Datei kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>it is a link that leads back to itself (a symbolic link loop)</source>
        <translation>es ist ein Link, der auf sich selbst zurückführt (symbolische Link-Schleife)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>it is not an image file (PNG, JPEG, WebP, HEIC or HEIF), a PDF or a video</source>
        <translation>es ist weder eine Bilddatei (PNG, JPEG, WebP, HEIC oder HEIF) noch ein PDF oder Video</translation>
    </message>
    <message>
        <source>it is {size} MB, and Google takes PDFs and videos sent with a prompt up to {limit} MB</source>
        <translation>die Datei ist {size} MB groß, und Google akzeptiert mit einem Prompt gesendete PDFs und Videos nur bis {limit} MB</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete, so it cannot be read</source>
        <translation>das PDF ist beschädigt oder unvollständig, daher kann es nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PDF is password-protected, so Google cannot read it</source>
        <translation>das PDF ist passwortgeschützt, daher kann Google es nicht lesen</translation>
    </message>
    <message>
        <source>Save a copy without a password first.</source>
        <translation>Speichern Sie zuerst eine Kopie ohne Passwort.</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>das PDF hat keine Seiten</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, and Google reads at most {limit}</source>
        <translation>das PDF hat {pages} Seiten, und Google liest höchstens {limit}</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: {reason}.</source>
        <translation>„{name}“ kann nicht als Referenz verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>This reference cannot be used: {reason}.</source>
        <translation>Diese Referenz kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>This reference image cannot be used: {reason}.</source>
        <translation>Dieses Referenzbild kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>Google does not accept {type} images; use PNG, JPEG or WebP</source>
        <translation>Google akzeptiert keine {type}-Bilder; verwenden Sie PNG, JPEG oder WebP</translation>
    </message>
    <message>
        <source>it is {size} MB, over Google&apos;s 7 MB limit, and HEIC files cannot be shrunk here; export it as JPEG first</source>
        <translation>die Datei ist {size} MB groß, über Googles Grenze von 7 MB, und HEIC-Dateien können hier nicht verkleinert werden; exportieren Sie sie zuerst als JPEG</translation>
    </message>
    <message>
        <source>Use fewer pages or a smaller export of the PDF.</source>
        <translation>Verwenden Sie weniger Seiten oder einen kleineren Export des PDFs.</translation>
    </message>
    <message>
        <source>Use a shorter or smaller clip.</source>
        <translation>Verwenden Sie einen kürzeren oder kleineren Clip.</translation>
    </message>
    <message>
        <source>it is {width} × {height} pixels, more than the {limit} megapixels accepted</source>
        <translation>das Bild hat {width} × {height} Pixel, mehr als die zulässigen {limit} Megapixel</translation>
    </message>
    <message>
        <source>it claims more than {limit} megapixels (a damaged or malicious file)</source>
        <translation>die Datei gibt mehr als {limit} Megapixel an (eine beschädigte oder bösartige Datei)</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete, so the image cannot be read</source>
        <translation>die Datei ist beschädigt oder unvollständig, daher kann das Bild nicht gelesen werden</translation>
    </message>
    <message>
        <source>the image could not be read ({reason})</source>
        <translation>das Bild konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>it could not be made small enough for Google&apos;s 7 MB limit</source>
        <translation>die Datei ließ sich nicht klein genug für Googles Grenze von 7 MB machen</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference image: {reason}.</source>
        <translation>„{name}“ kann nicht als Referenzbild verwendet werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>GoogleText</name>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{source} is not a usable service-account key ({reason}): download a new JSON key in Google Cloud console → IAM → Service accounts → Keys.</source>
        <translation>{source} ist kein verwendbarer Dienstkontoschlüssel ({reason}): Laden Sie in der Google Cloud Console unter IAM → Dienstkonten → Schlüssel einen neuen JSON-Schlüssel herunter.</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>es ist kein JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it is an OAuth client file, not a service-account key</source>
        <translation>es ist eine OAuth-Clientdatei, kein Dienstkontoschlüssel</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>its type is “{type}”, not “service_account”</source>
        <translation>der Typ ist „{type}“, nicht „service_account“</translation>
    </message>
    <message>
        <source>it has no {fields}</source>
        <translation>es fehlt {fields}</translation>
    </message>
    <message>
        <source>its private_key is not a PEM key</source>
        <translation>private_key ist kein PEM-Schlüssel</translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation>der private Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Google did not accept the service-account key (its key may have been deleted or the account disabled). Create a new JSON key and add the connection again.</source>
        <translation>Google hat den Dienstkontoschlüssel nicht akzeptiert (der Schlüssel wurde möglicherweise gelöscht oder das Konto deaktiviert). Erstellen Sie einen neuen JSON-Schlüssel und fügen Sie die Verbindung erneut hinzu.</translation>
    </message>
    <message>
        <source>Your API key was rejected. Check that you copied the whole key and that it belongs to the right project.</source>
        <translation>Ihr API-Schlüssel wurde abgelehnt. Prüfen Sie, ob Sie den ganzen Schlüssel kopiert haben und ob er zum richtigen Projekt gehört.</translation>
    </message>
    <message>
        <source>Billing is not enabled for this project. Image generation needs a Google Cloud project with billing turned on.</source>
        <translation>Für dieses Projekt ist die Abrechnung nicht aktiviert. Die Bildgenerierung erfordert ein Google Cloud-Projekt mit aktivierter Abrechnung.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in for this connection. The service account may have been deleted or its key revoked; add the connection again with a current key file.</source>
        <translation>Google hat die Anmeldung für diese Verbindung nicht akzeptiert. Das Dienstkonto wurde möglicherweise gelöscht oder sein Schlüssel widerrufen; fügen Sie die Verbindung mit einer aktuellen Schlüsseldatei erneut hinzu.</translation>
    </message>
    <message>
        <source>The API is not enabled for this project. Enable it in the Google Cloud console, wait a minute, then try again.</source>
        <translation>Die API ist für dieses Projekt nicht aktiviert. Aktivieren Sie sie in der Google Cloud Console, warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Give the service account the “Vertex AI User” role.</source>
        <translation>Dieses Konto darf das Modell nicht verwenden (Zugriff verweigert). Weisen Sie dem Dienstkonto die Rolle „Vertex AI-Nutzer“ (Vertex AI User) zu.</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Check the key&apos;s API restrictions.</source>
        <translation>Dieses Konto darf das Modell nicht verwenden (Zugriff verweigert). Prüfen Sie die API-Einschränkungen des Schlüssels.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may not be offered in region “{location}”: try the location “global”.</source>
        <translation>Das Modell „{model}“ wurde nicht gefunden. Möglicherweise wird es in der Region „{location}“ nicht angeboten: Versuchen Sie den Standort „global“.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may have been retired: try the model “gemini-3-pro-image”.</source>
        <translation>Das Modell „{model}“ wurde nicht gefunden. Möglicherweise wurde es eingestellt: Versuchen Sie das Modell „gemini-3-pro-image“.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. Check the model name and the location.</source>
        <translation>Das Modell „{model}“ wurde nicht gefunden. Prüfen Sie den Modellnamen und den Standort.</translation>
    </message>
    <message>
        <source>Google is overloaded right now.</source>
        <translation>Google ist gerade überlastet.</translation>
    </message>
    <message>
        <source>Google took too long to answer (request timeout).</source>
        <translation>Google hat zu lange für die Antwort gebraucht (Zeitüberschreitung der Anfrage).</translation>
    </message>
    <message>
        <source>Google had an internal problem (HTTP {status}).</source>
        <translation>Bei Google ist ein interner Fehler aufgetreten (HTTP {status}).</translation>
    </message>
    <message>
        <source>The prompt was blocked by the service&apos;s safety filter.</source>
        <translation>Der Prompt wurde vom Sicherheitsfilter des Dienstes blockiert.</translation>
    </message>
    <message>
        <source>Google does not take this service tier for the model “{model}”.</source>
        <translation>Google akzeptiert diese Servicestufe für das Modell „{model}“ nicht.</translation>
    </message>
    <message>
        <source>Google refused the request: {reason}</source>
        <translation>Google hat die Anfrage abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses.</source>
        <translation>Das Gateway hat den API-Schlüssel abgelehnt (HTTP {status}). Prüfen Sie den Schlüssel, den diese Verbindung verwendet.</translation>
    </message>
    <message>
        <source>The gateway answered with a web page instead of data (HTTP {status}).</source>
        <translation>Das Gateway hat mit einer Webseite statt mit Daten geantwortet (HTTP {status}).</translation>
    </message>
    <message>
        <source>The gateway took your key, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>Das Gateway hat Ihren Schlüssel angenommen, aber der Dienst dahinter hat die eigenen Anmeldedaten des Gateways abgelehnt (HTTP {status}). Bitten Sie den Betreiber des Gateways, sie zu prüfen.</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses for the gateway.</source>
        <translation>Das Gateway hat den API-Schlüssel abgelehnt (HTTP {status}). Prüfen Sie den Schlüssel, den diese Verbindung für das Gateway verwendet.</translation>
    </message>
    <message>
        <source>The gateway answered that its rate limit is reached (HTTP 429).</source>
        <translation>Das Gateway meldet, dass sein Ratenlimit erreicht ist (HTTP 429).</translation>
    </message>
    <message>
        <source>The gateway does not serve the model “{model}” (HTTP {status}). Check the model name in the connection.</source>
        <translation>Das Gateway stellt das Modell „{model}“ nicht bereit (HTTP {status}). Prüfen Sie den Modellnamen in der Verbindung.</translation>
    </message>
    <message>
        <source>The gateway answered that the prompt was blocked by a safety filter.</source>
        <translation>Das Gateway meldet, dass der Prompt von einem Sicherheitsfilter blockiert wurde.</translation>
    </message>
    <message>
        <source>The gateway answered that the model is unavailable: {reason}</source>
        <translation>Das Gateway meldet, dass das Modell nicht verfügbar ist: {reason}</translation>
    </message>
    <message>
        <source>The gateway answered with an error (HTTP {status}): {reason}</source>
        <translation>Das Gateway hat mit einem Fehler geantwortet (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP {status}): {reason}</source>
        <translation>Das Gateway hat die Anfrage abgelehnt (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>Quota for today is used up; it resets at 00:00 Pacific (in {wait}).</source>
        <translation>Das Tageskontingent ist aufgebraucht; es wird um 00:00 Uhr pazifischer Zeit zurückgesetzt (in {wait}).</translation>
    </message>
    <message>
        <source>The per-minute quota is used up.</source>
        <translation>Das Minutenkontingent ist aufgebraucht.</translation>
    </message>
    <message>
        <source>Google&apos;s capacity for this model is busy (rate limited).</source>
        <translation>Googles Kapazität für dieses Modell ist ausgelastet (Ratenlimit).</translation>
    </message>
    <message>
        <source>Access was refused (HTTP {status}) before the request reached the model.</source>
        <translation>Der Zugriff wurde verweigert (HTTP {status}), bevor die Anfrage das Modell erreicht hat.</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data (HTTP {status}).</source>
        <translation>Der Server (oder ein Proxy dazwischen) hat mit einer Webseite statt mit Daten geantwortet (HTTP {status}).</translation>
    </message>
    <message>
        <source>The stored key has a line break, tab or other invisible character inside it, so it cannot be sent. Edit the connection and paste the key again.</source>
        <translation>Der gespeicherte Schlüssel enthält einen Zeilenumbruch, einen Tabulator oder ein anderes unsichtbares Zeichen und kann daher nicht gesendet werden. Bearbeiten Sie die Verbindung und fügen Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>Google did not answer within {seconds} s. The request timed out.</source>
        <translation>Google hat nicht innerhalb von {seconds} s geantwortet. Zeitüberschreitung der Anfrage.</translation>
    </message>
    <message>
        <source>Google did not answer. The request timed out.</source>
        <translation>Google hat nicht geantwortet. Zeitüberschreitung der Anfrage.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up (TLS certificate problem). A proxy or antivirus may be intercepting traffic; set its certificate in Settings → Network.</source>
        <translation>Es konnte keine sichere Verbindung aufgebaut werden (Problem mit dem TLS-Zertifikat). Möglicherweise fängt ein Proxy oder Virenschutzprogramm den Datenverkehr ab; hinterlegen Sie dessen Zertifikat unter Einstellungen → Netzwerk.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be looked up. Check your internet connection (or the base URL).</source>
        <translation>Die Adresse des Servers konnte nicht aufgelöst werden. Prüfen Sie Ihre Internetverbindung (oder die Basis-URL).</translation>
    </message>
    <message>
        <source>The connection broke while the image was downloading.</source>
        <translation>Die Verbindung ist während des Herunterladens des Bildes abgebrochen.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>AI Studio cannot choose the output format or JPEG quality (only Vertex can); leave them empty, or export the image as JPEG afterwards.</source>
        <translation>In AI Studio lassen sich Ausgabeformat und JPEG-Qualität nicht wählen (nur in Vertex); lassen Sie diese Felder leer oder exportieren Sie das Bild anschließend als JPEG.</translation>
    </message>
    <message>
        <source>{model} does not take a thinking level (it always thinks). Leave the thinking level empty.</source>
        <translation>{model} akzeptiert keine Denkstufe (es denkt immer). Lassen Sie die Denkstufe leer.</translation>
    </message>
    <message>
        <source>{model} accepts the thinking levels {levels}, not “{level}”.</source>
        <translation>{model} akzeptiert die Denkstufen {levels}, nicht „{level}“.</translation>
    </message>
    <message>
        <source>{model} does not make {value} images. Choose one of {choices}.</source>
        <translation>{model} erzeugt keine {value}-Bilder. Wählen Sie einen der Werte {choices}.</translation>
    </message>
    <message numerus="yes">
        <source>{model} takes at most {limit} reference images; %n were given.</source>
        <translation>
            <numerusform>{model} akzeptiert höchstens {limit} Referenzbilder; %n wurde angegeben.</numerusform>
            <numerusform>{model} akzeptiert höchstens {limit} Referenzbilder; %n wurden angegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF or video</source>
        <translation>PDF oder Video</translation>
    </message>
    <message>
        <source>{model} does not take {type} references ({name}); use images, or Nano Banana 2.1.</source>
        <translation>{model} akzeptiert keine Referenzen vom Typ {type} ({name}); verwenden Sie Bilder oder Nano Banana 2.1.</translation>
    </message>
    <message>
        <source>a reference</source>
        <translation>eine Referenz</translation>
    </message>
    <message>
        <source>{model} does not take the {tier} service tier; choose Standard for this connection.</source>
        <translation>{model} akzeptiert die Servicestufe {tier} nicht; wählen Sie für diese Verbindung Standard.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Schreiben Sie zuerst einen Prompt.</translation>
    </message>
    <message>
        <source>Google&apos;s answer was not in the expected form.</source>
        <translation>Googles Antwort hatte nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>The prompt was blocked by Google&apos;s safety filter ({reason}). Rephrase it and try again.</source>
        <translation>Der Prompt wurde von Googles Sicherheitsfilter blockiert ({reason}). Formulieren Sie ihn um und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Google answered without an image.</source>
        <translation>Google hat ohne Bild geantwortet.</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data.</source>
        <translation>Der Server (oder ein Proxy dazwischen) hat mit einer Webseite statt mit Daten geantwortet.</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation>Die Antwort wurde abgeschnitten, bevor sie vollständig war.</translation>
    </message>
    <message>
        <source>The answer could not be read (malformed data).</source>
        <translation>Die Antwort konnte nicht gelesen werden (fehlerhafte Daten).</translation>
    </message>
    <message>
        <source>The image in the answer could not be decoded.</source>
        <translation>Das Bild in der Antwort konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The answer contained data that is not a readable image.</source>
        <translation>Die Antwort enthielt Daten, die kein lesbares Bild sind.</translation>
    </message>
    <message>
        <source>Google&apos;s safety filter withheld the image ({reason}): rephrase the prompt or use other reference images, since real people, brands and violent or explicit details are the usual triggers.</source>
        <translation>Googles Sicherheitsfilter hat das Bild zurückgehalten ({reason}): Formulieren Sie den Prompt um oder verwenden Sie andere Referenzbilder – reale Personen, Marken und gewalttätige oder explizite Details sind die üblichen Auslöser.</translation>
    </message>
    <message>
        <source>The image was withheld because it resembled existing material too closely ({reason}). Change the prompt and try again.</source>
        <translation>Das Bild wurde zurückgehalten, weil es vorhandenem Material zu sehr ähnelte ({reason}). Ändern Sie den Prompt und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Google answered with text only, no image. Ask for an image explicitly in the prompt.</source>
        <translation>Google hat nur mit Text geantwortet, ohne Bild. Fordern Sie im Prompt ausdrücklich ein Bild an.</translation>
    </message>
    <message>
        <source>Google did not make an image this time ({reason}).</source>
        <translation>Google hat diesmal kein Bild erzeugt ({reason}).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation>Warten auf Google…</translation>
    </message>
    <message>
        <source>Downloading {received} of {total} MB</source>
        <translation>Herunterladen: {received} von {total} MB</translation>
    </message>
    <message>
        <source>Downloading {received} MB</source>
        <translation>Herunterladen: {received} MB</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Dekodieren…</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>{reason}; retrying in {wait} (attempt {attempt} of {attempts})</source>
        <translation>{reason}; neuer Versuch in {wait} (Versuch {attempt} von {attempts})</translation>
    </message>
    <message>
        <source>Google does not take the {tier} service tier for {model}; “{connection}” now uses Standard for this model. Run the job again.</source>
        <translation>Google akzeptiert die Servicestufe {tier} für {model} nicht; „{connection}“ verwendet für dieses Modell jetzt Standard. Führen Sie den Auftrag erneut aus.</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>Die Antwort war leer.</translation>
    </message>
    <message>
        <source>A gateway takes only images as references, so “{name}” (a PDF or video) cannot go with this request. Use an AI Studio or Vertex AI connection for it.</source>
        <translation>Ein Gateway akzeptiert nur Bilder als Referenzen, daher kann „{name}“ (ein PDF oder Video) nicht mit dieser Anfrage gesendet werden. Verwenden Sie dafür eine AI Studio- oder Vertex AI-Verbindung.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not in the expected form.</source>
        <translation>Die Antwort des Gateways hatte nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>The gateway answered with links to images instead of the images themselves; it must return b64_json.</source>
        <translation>Das Gateway hat mit Links zu Bildern statt mit den Bildern selbst geantwortet; es muss b64_json zurückgeben.</translation>
    </message>
    <message>
        <source>The gateway answered without an image.</source>
        <translation>Das Gateway hat ohne Bild geantwortet.</translation>
    </message>
    <message>
        <source>The answer was cut off after Google produced it — you may have been billed.</source>
        <translation>Die Antwort wurde abgeschnitten, nachdem Google sie erzeugt hatte – möglicherweise wurde Ihnen das berechnet.</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google (no answer within {seconds} s) — you may have been billed.</source>
        <translation>Zeitüberschreitung der Anfrage, nachdem sie Google erreicht hatte (keine Antwort innerhalb von {seconds} s) – möglicherweise wurde Ihnen das berechnet.</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google — you may have been billed.</source>
        <translation>Zeitüberschreitung der Anfrage, nachdem sie Google erreicht hatte – möglicherweise wurde Ihnen das berechnet.</translation>
    </message>
    <message>
        <source>The connection broke after the request reached Google, before its answer came — you may have been billed.</source>
        <translation>Die Verbindung ist abgebrochen, nachdem die Anfrage Google erreicht hatte und bevor die Antwort kam – möglicherweise wurde Ihnen das berechnet.</translation>
    </message>
    <message>
        <source>{error} You may have been billed.</source>
        <translation>{error} Möglicherweise wurde Ihnen das berechnet.</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Drag as</source>
        <translation>Ziehen als</translation>
    </message>
    <message>
        <source>Drag preset</source>
        <translation>Vorgabe zum Ziehen</translation>
    </message>
    <message>
        <source>The files you drag out of the app (or copy) are exported with this preset as you drop them</source>
        <translation>Dateien, die Sie aus der App ziehen (oder kopieren), werden beim Ablegen mit dieser Vorgabe exportiert</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export what you see ({keys})</source>
        <translation>Exportieren, was Sie sehen ({keys})</translation>
    </message>
    <message numerus="yes">
        <source>Dragging %n image(s) as “{preset}”…</source>
        <translation>
            <numerusform>%n Bild wird als „{preset}“ gezogen…</numerusform>
            <numerusform>%n Bilder werden als „{preset}“ gezogen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Image copied as “{preset}”.</source>
        <translation>Bild als „{preset}“ kopiert.</translation>
    </message>
    <message>
        <source>Select images in the Library, or show an image, to export.</source>
        <translation>Wählen Sie Bilder in der Bibliothek aus oder zeigen Sie ein Bild an, um zu exportieren.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n job(s) queued last time are waiting. Resume the queue to run them.</source>
        <translation>
            <numerusform>%n Auftrag aus der letzten Sitzung wartet. Setzen Sie die Warteschlange fort, um ihn auszuführen.</numerusform>
            <numerusform>%n Aufträge aus der letzten Sitzung warten. Setzen Sie die Warteschlange fort, um sie auszuführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The count must be 1 or more.</source>
        <translation>Die Anzahl muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>There is no job {job}.</source>
        <translation>Es gibt keinen Auftrag {job}.</translation>
    </message>
    <message>
        <source>Job {job} is {status}; only failed, canceled or interrupted jobs can be run again.</source>
        <translation>Auftrag {job} ist {status}; nur fehlgeschlagene, abgebrochene oder unterbrochene Aufträge können erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while starting jobs; the queue carries on. (Details for support: {error})</source>
        <translation>Beim Starten von Aufträgen ist ein unerwarteter Fehler aufgetreten; die Warteschlange läuft weiter. (Details für den Support: {error})</translation>
    </message>
    <message>
        <source>The daily quota of “{connection}” has reset; its jobs continue.</source>
        <translation>Das Tageskontingent von „{connection}“ wurde zurückgesetzt; ihre Aufträge laufen weiter.</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for today reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>Budgetlimit von {cap} für heute erreicht ({spent} ausgegeben); die Warteschlange ist angehalten. Erhöhen Sie das Limit oder setzen Sie die Warteschlange fort.</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for this month reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>Budgetlimit von {cap} für diesen Monat erreicht ({spent} ausgegeben); die Warteschlange ist angehalten. Erhöhen Sie das Limit oder setzen Sie die Warteschlange fort.</translation>
    </message>
    <message>
        <source>The job was canceled.</source>
        <translation>Der Auftrag wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this job.</source>
        <translation>Bei diesem Auftrag ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The budget cap is now {cap}; the queue continues.</source>
        <translation>Das Budgetlimit beträgt jetzt {cap}; die Warteschlange läuft weiter.</translation>
    </message>
    <message>
        <source>The budget cap was removed; the queue continues.</source>
        <translation>Das Budgetlimit wurde entfernt; die Warteschlange läuft weiter.</translation>
    </message>
    <message>
        <source>The image had already arrived and was billed, so it is kept in the library instead of being canceled.</source>
        <translation>Das Bild war bereits eingetroffen und wurde berechnet, daher bleibt es in der Bibliothek, statt abgebrochen zu werden.</translation>
    </message>
    <message>
        <source>The spend includes {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>Die Ausgaben enthalten {possible}, die Google möglicherweise für während der Ausführung unterbrochene Aufträge berechnet hat.</translation>
    </message>
    <message>
        <source>{error} Jobs for “{connection}” wait until then (in {wait}).</source>
        <translation>{error} Aufträge für „{connection}“ warten bis dahin (in {wait}).</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>beim Speichern</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>The reference image {name} is missing from the library folder.</source>
        <translation>Das Referenzbild {name} fehlt im Bibliotheksordner.</translation>
    </message>
    <message>
        <source>The image to edit is no longer in the library.</source>
        <translation>Das zu bearbeitende Bild ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>The image to edit ({name}) cannot be read from the library.</source>
        <translation>Das zu bearbeitende Bild ({name}) kann nicht aus der Bibliothek gelesen werden.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <extracomment>English is named in itself like the others.</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start der App verwendet.</translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation>Starten Sie die App neu, um die neue Sprache zu verwenden.</translation>
    </message>
</context>
<context>
    <name>LibrarySwitch</name>
    <message>
        <source>Open library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>The library in “{folder}” could not be opened.</source>
        <translation>Die Bibliothek in „{folder}“ konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Pick</source>
        <translation>Als Auswahl markieren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Als abgelehnt markieren</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>Keine Sterne</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Keine Farbbeschriftung</translation>
    </message>
    <message>
        <source>Red label</source>
        <translation>Farbbeschriftung Rot</translation>
    </message>
    <message>
        <source>Yellow label</source>
        <translation>Farbbeschriftung Gelb</translation>
    </message>
    <message>
        <source>Green label</source>
        <translation>Farbbeschriftung Grün</translation>
    </message>
    <message>
        <source>Blue label</source>
        <translation>Farbbeschriftung Blau</translation>
    </message>
    <message numerus="yes">
        <source>{mark} (%n image(s))</source>
        <translation>
            <numerusform>{mark} (%n Bild)</numerusform>
            <numerusform>{mark} (%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>New board “{name}”</source>
        <translation>Neues Board „{name}“</translation>
    </message>
    <message>
        <source>Delete board “{name}”</source>
        <translation>Board „{name}“ löschen</translation>
    </message>
    <message>
        <source>Board “{name}” deleted (its images stay in the library).</source>
        <translation>Board „{name}“ gelöscht (seine Bilder bleiben in der Bibliothek).</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>„{name}“ umbenennen</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>das Board</translation>
    </message>
    <message>
        <source>Add to “{board}”</source>
        <translation>Zu „{board}“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to “{board}”.</source>
        <translation>
            <numerusform>%n Bild zu „{board}“ hinzugefügt.</numerusform>
            <numerusform>%n Bilder zu „{board}“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>Aus „{board}“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the trash</source>
        <translation>
            <numerusform>%n Bild in den Papierkorb verschieben</numerusform>
            <numerusform>%n Bilder in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash.</source>
        <translation>
            <numerusform>%n Bild in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Bilder in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back from the trash (emptied meanwhile?); they show as missing.</source>
        <translation>
            <numerusform>%n Datei konnte nicht aus dem Papierkorb zurückgelegt werden (inzwischen geleert?); sie wird als fehlend angezeigt.</numerusform>
            <numerusform>%n Dateien konnten nicht aus dem Papierkorb zurückgelegt werden (inzwischen geleert?); sie werden als fehlend angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This change ({command}) could not be saved in the library.</source>
        <translation>Diese Änderung ({command}) konnte nicht in der Bibliothek gespeichert werden.</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again with “Open library…” and choose read-write to change it.</source>
        <translation>Diese Bibliothek ist schreibgeschützt geöffnet. Öffnen Sie sie erneut mit „Bibliothek öffnen…“, und wählen Sie Lesen und Schreiben, um sie zu ändern.</translation>
    </message>
    <message>
        <source>The library is busy in another nbp-desktop window or command, so this change was not saved. Try again in a moment.</source>
        <translation>Die Bibliothek wird gerade von einem anderen nbp-desktop-Fenster oder -Befehl verwendet, daher wurde diese Änderung nicht gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This library was written by a newer version of nbp-desktop; update the app to open it.</source>
        <translation>Diese Bibliothek wurde von einer neueren Version von nbp-desktop geschrieben; aktualisieren Sie die App, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The disk holding the library ({folder}) is full, so its database cannot be opened. Free some space, then start the app again. Nothing was changed.</source>
        <translation>Der Datenträger mit der Bibliothek ({folder}) ist voll, daher kann ihre Datenbank nicht geöffnet werden. Geben Sie Speicherplatz frei, und starten Sie die App dann neu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The library database is locked by another program (a backup or sync tool, or another copy of the app). Close it, then try again. Nothing was changed.</source>
        <translation>Die Bibliotheksdatenbank ist von einem anderen Programm gesperrt (einem Sicherungs- oder Synchronisierungsprogramm oder einer anderen Instanz der App). Schließen Sie es, und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (read-only or permission denied). Use File → Open library… to look at it read-only, or fix the folder&apos;s permissions. Nothing was changed.</source>
        <translation>In den Bibliotheksordner {folder} kann nicht geschrieben werden (schreibgeschützt oder Zugriff verweigert). Verwenden Sie Datei → Bibliothek öffnen…, um ihn schreibgeschützt anzusehen, oder korrigieren Sie die Berechtigungen des Ordners. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The library database could not be read from the disk ({error}). Nothing was changed.</source>
        <translation>Die Bibliotheksdatenbank konnte nicht vom Datenträger gelesen werden ({error}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Details lost: this image&apos;s sidecar file could not be read, so only what the image file itself holds is known.</source>
        <translation>Details verloren: Die Filialdatei dieses Bildes konnte nicht gelesen werden, daher ist nur bekannt, was die Bilddatei selbst enthält.</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>There is already a board called “{name}”.</source>
        <translation>Es gibt bereits ein Board namens „{name}“.</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>Ein Board braucht einen Namen.</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}. Free some space.</source>
        <translation>Der Datenträger ist voll, daher konnte das Bild nicht in {folder} gespeichert werden. Geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (permission denied or read-only).</source>
        <translation>In den Bibliotheksordner {folder} kann nicht geschrieben werden (Zugriff verweigert oder schreibgeschützt).</translation>
    </message>
    <message>
        <source>The image could not be saved in {folder}.</source>
        <translation>Das Bild konnte nicht in {folder} gespeichert werden.</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}.</source>
        <translation>Der Datenträger ist voll, daher konnte das Bild nicht in {folder} gespeichert werden.</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) is kept in {folder}; Run again saves it into the library without a new request.</source>
        <translation>{failure}. Das von Google erstellte Bild (berechnet: {cost}) bleibt in {folder}; „Erneut ausführen“ speichert es ohne neue Anfrage in der Bibliothek.</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) could not be kept anywhere else either.</source>
        <translation>{failure}. Das von Google erstellte Bild (berechnet: {cost}) konnte auch nirgendwo sonst aufbewahrt werden.</translation>
    </message>
    <message>
        <source>There is not enough free space for this image in {folder}: about {needed} is needed and {free} is free. Nothing was sent. Free some space, then run the job again.</source>
        <translation>Für dieses Bild ist in {folder} nicht genug freier Speicherplatz vorhanden: Benötigt werden etwa {needed}, frei sind {free}. Es wurde nichts gesendet. Geben Sie Speicherplatz frei, und führen Sie den Auftrag dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <source>Loupe</source>
        <translation>Lupe</translation>
    </message>
    <message>
        <source>Space or Esc closes · ← → previous / next · P X U, 0–5, 6–9 mark</source>
        <translation>Space oder Esc schließt · ← → vorheriges / nächstes · P X U, 0–5, 6–9 markieren</translation>
    </message>
    <message>
        <source>{caption} — the file is missing or cannot be read</source>
        <translation>{caption} – die Datei fehlt oder kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Spent today (actual cost from Google&apos;s token counts)</source>
        <translation>Heute ausgegeben (tatsächliche Kosten nach Googles Token-Zählung)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>Exportieren, was Sie sehen: das Bild auf dem Bildschirm oder die Auswahl in der Bibliothek</translation>
    </message>
    <message>
        <source>Show library folder</source>
        <translation>Bibliotheksordner anzeigen</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>Look at another library folder (a copy, a shared drive, a USB stick)</source>
        <translation>Einen anderen Bibliotheksordner ansehen (eine Kopie, ein freigegebenes Laufwerk, einen USB-Stick)</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>Zurück zu meiner Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Paste reference image</source>
        <translation>Referenzbild einfügen</translation>
    </message>
    <message>
        <source>Add the image on the clipboard as a reference</source>
        <translation>Das Bild aus der Zwischenablage als Referenz hinzufügen</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>Prompt kopieren</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>Den Prompt des angezeigten Bildes kopieren</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the shown image to the clipboard, in the drag preset</source>
        <translation>Das angezeigte Bild in die Zwischenablage kopieren, mit der Vorgabe zum Ziehen</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>Prompt verwenden</translation>
    </message>
    <message>
        <source>Put only the shown image&apos;s prompt in the compose pane</source>
        <translation>Nur den Prompt des angezeigten Bildes in den Bereich „Verfassen“ übernehmen</translation>
    </message>
    <message>
        <source>Find in library</source>
        <translation>In Bibliothek suchen</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>B&amp;ild</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Hide side panels</source>
        <translation>Seitenbereiche ausblenden</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Layout zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Minimieren</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Generate (the image)</source>
        <translation>Generieren (das Bild)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Add a connection first (File → Settings).</source>
        <translation>Fügen Sie zuerst eine Verbindung hinzu (Datei → Einstellungen).</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Schreiben Sie zuerst einen Prompt.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}” (the queue is paused).</source>
        <translation>
            <numerusform>%n Auftrag mit „{connection}“ eingereiht (die Warteschlange ist angehalten).</numerusform>
            <numerusform>%n Aufträge mit „{connection}“ eingereiht (die Warteschlange ist angehalten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}”.</source>
        <translation>
            <numerusform>%n Auftrag mit „{connection}“ eingereiht.</numerusform>
            <numerusform>%n Aufträge mit „{connection}“ eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt copied.</source>
        <translation>Prompt kopiert.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Generate, review and hand off images made with Google&apos;s Gemini image models.</source>
        <translation>Bilder mit Googles Gemini-Bildmodellen generieren, prüfen und weitergeben.</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>Bibliothek: {folder}</translation>
    </message>
    <message>
        <source>Today {spent} of {cap}</source>
        <translation>Heute {spent} von {cap}</translation>
    </message>
    <message>
        <source>Today {spent}</source>
        <translation>Heute {spent}</translation>
    </message>
    <message>
        <source>Spent today, including {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>Heute ausgegeben, einschließlich {possible}, die Google möglicherweise für während der Ausführung unterbrochene Aufträge berechnet hat.</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <source>Something unexpected went wrong. Your images are safe; the details below help us fix it.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre Bilder sind sicher; die Details unten helfen uns, ihn zu beheben.</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>{model} · retired {date}</source>
        <translation>{model} · eingestellt ({date})</translation>
    </message>
    <message>
        <source>{model} · deprecated {date}</source>
        <translation>{model} · veraltet ({date})</translation>
    </message>
    <message>
        <source>{model} · PDF, video refs</source>
        <translation>{model} · PDF-, Video-Referenzen</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images, PDFs and videos as references.</source>
        <translation>{model}: {sizes}; akzeptiert Bilder, PDFs und Videos als Referenzen.</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images as references.</source>
        <translation>{model}: {sizes}; akzeptiert Bilder als Referenzen.</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>not billed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>may have been billed</source>
        <translation>möglicherweise berechnet</translation>
    </message>
    <message>
        <source>{free} (demo: would be {cost} on Google)</source>
        <translation>{free} (Demo: würde bei Google {cost} kosten)</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>Kosten: {cost}</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>Geschätzte Kosten: {cost}</translation>
    </message>
    <message>
        <source>Google did not charge for this request.</source>
        <translation>Google hat diese Anfrage nicht berechnet.</translation>
    </message>
    <message>
        <source>Google may have charged up to about {cost}: the request reached the model before it failed.</source>
        <translation>Google hat möglicherweise bis zu etwa {cost} berechnet: Die Anfrage hat das Modell erreicht, bevor sie fehlschlug.</translation>
    </message>
    <message>
        <source>Demo: would be {cost} on Google.</source>
        <translation>Demo: würde bei Google {cost} kosten.</translation>
    </message>
    <message>
        <source>Charged by Google (from its token counts).</source>
        <translation>Von Google berechnet (anhand der Token-Zählung).</translation>
    </message>
    <message>
        <source>Estimated before sending.</source>
        <translation>Vor dem Senden geschätzt.</translation>
    </message>
    <message>
        <source>free in the demo (would be {cost} on Google)</source>
        <translation>in der Demo kostenlos (würde bei Google {cost} kosten)</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>etwa {cost}</translation>
    </message>
</context>
<context>
    <name>PausedBanner</name>
    <message>
        <source>Why the queue waits</source>
        <translation>Warum die Warteschlange wartet</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation>Die Warteschlange ist angehalten.</translation>
    </message>
    <message>
        <source>Jobs for “{connection}” wait for its daily quota to reset (in {wait}).</source>
        <translation>Aufträge für „{connection}“ warten, bis ihr Tageskontingent zurückgesetzt wird (in {wait}).</translation>
    </message>
    <message>
        <source>Paused: {reasons}</source>
        <translation>Angehalten: {reasons}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Compared image</source>
        <translation>Verglichenes Bild</translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation>Antwort des Modells</translation>
    </message>
    <message>
        <source>Image facts</source>
        <translation>Bildinformationen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Every fact about the file: tokens, timings, seed, location</source>
        <translation>Alle Angaben zur Datei: Tokens, Zeiten, Seed, Speicherort</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>Bild in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation>Tatsächliche Pixel</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Einzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Auszoomen</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>Dieses Bild bearbeiten…</translation>
    </message>
    <message>
        <source>Ask for changes to this image</source>
        <translation>Änderungen an diesem Bild anfordern</translation>
    </message>
    <message>
        <source>Re-render</source>
        <translation>Neu rendern</translation>
    </message>
    <message>
        <source>The same picture again at a larger size</source>
        <translation>Dasselbe Bild noch einmal, größer</translation>
    </message>
    <message>
        <source>at {size}</source>
        <translation>in {size}</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Put this image&apos;s prompt and settings in the compose pane</source>
        <translation>Prompt und Einstellungen dieses Bildes in den Bereich „Verfassen“ übernehmen</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>In Bildbetrachter öffnen</translation>
    </message>
    <message>
        <source>Open in the system&apos;s image viewer</source>
        <translation>Im Bildbetrachter des Systems öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>Die Datei im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show the previous image side by side</source>
        <translation>Das vorherige Bild daneben anzeigen</translation>
    </message>
    <message>
        <source>Fit {percent} %</source>
        <translation>Einpassen {percent} %</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Inhaltsnachweise</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>The file {name} is missing or cannot be read.</source>
        <translation>Die Datei {name} fehlt oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{file} (labelled PNG by Google)</source>
        <translation>{file} (von Google als PNG gekennzeichnet)</translation>
    </message>
    <message>
        <source>{prompt} in, {output} out, {thinking} thinking</source>
        <translation>{prompt} Eingabe, {output} Ausgabe, {thinking} Denken</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>Dekodieren</translation>
    </message>
    <message>
        <source>save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>at {size} — {price}</source>
        <translation>in {size} – {price}</translation>
    </message>
    <message>
        <source>This image is already at the largest size (4K)</source>
        <translation>Dieses Bild liegt bereits in der höchsten Größe vor (4K)</translation>
    </message>
    <message>
        <source>The same picture again at a larger size; the price is shown before anything is sent</source>
        <translation>Dasselbe Bild noch einmal, größer; der Preis wird angezeigt, bevor etwas gesendet wird</translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <source>made by a generative AI model</source>
        <translation>von einem generativen KI-Modell erstellt</translation>
    </message>
    <message>
        <source>a composite including AI-generated parts</source>
        <translation>ein Komposit mit KI-generierten Teilen</translation>
    </message>
    <message>
        <source>made by an algorithm</source>
        <translation>von einem Algorithmus erstellt</translation>
    </message>
    <message>
        <source>a camera capture</source>
        <translation>eine Kameraaufnahme</translation>
    </message>
    <message>
        <source>made with digital tools</source>
        <translation>mit digitalen Werkzeugen erstellt</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>Größe geändert</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>Farben angepasst</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>neu codiert</translation>
    </message>
    <message>
        <source>converted to another format</source>
        <translation>in ein anderes Format konvertiert</translation>
    </message>
    <message>
        <source>metadata edited</source>
        <translation>Metadaten bearbeitet</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>platziert</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>freigestellt</translation>
    </message>
    <message>
        <source>No Content Credentials.</source>
        <translation>Keine Inhaltsnachweise.</translation>
    </message>
    <message>
        <source>Damaged Content Credentials: the manifest in this file cannot be read.</source>
        <translation>Beschädigte Inhaltsnachweise: Das Manifest in dieser Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>ein unbekannter Unterzeichner</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is on this computer&apos;s trust list.</source>
        <translation>Signiert von {signer}; das Zertifikat steht auf der Vertrauensliste dieses Computers.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the picture was changed after signing: the signature no longer matches the pixels.</source>
        <translation>Signiert von {signer}, aber das Bild wurde nach dem Signieren geändert: Die Signatur passt nicht mehr zu den Pixeln.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signing certificate had expired.</source>
        <translation>Signiert von {signer}, aber das Signaturzertifikat war abgelaufen.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signature is not valid ({problems}).</source>
        <translation>Signiert von {signer}, aber die Signatur ist ungültig ({problems}).</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is not on this computer&apos;s trust list.</source>
        <translation>Signiert von {signer}; das Zertifikat steht nicht auf der Vertrauensliste dieses Computers.</translation>
    </message>
    <message>
        <source>{title} (signed by {signer})</source>
        <translation>{title} (signiert von {signer})</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>eine frühere Version</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Inhaltsnachweise</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>damaged Content Credentials (cannot be read)</source>
        <translation>beschädigte Inhaltsnachweise (nicht lesbar)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Quelltyp</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Erstellt aus</translation>
    </message>
    <message>
        <source>Stripping provenance removes Google&apos;s Content Credentials (the signed C2PA manifest that says the image was made by AI), no new credentials are added, and the AI source type and credit lines are left out of the XMP. The Original preset still copies the file byte for byte.</source>
        <translation>Beim Entfernen der Herkunftsangaben werden die Inhaltsnachweise von Google (das signierte C2PA-Manifest, das angibt, dass das Bild von KI erstellt wurde) entfernt, keine neuen Nachweise hinzugefügt, und der KI-Quelltyp sowie die Urheberzeilen werden im XMP weggelassen. Die Vorgabe „Original“ kopiert die Datei weiterhin Byte für Byte.</translation>
    </message>
    <message>
        <source>No signing certificate was chosen.</source>
        <translation>Es wurde kein Signaturzertifikat ausgewählt.</translation>
    </message>
    <message>
        <source>The time-stamp server {url} could not be reached or refused the request.</source>
        <translation>Der Zeitstempelserver {url} war nicht erreichbar oder hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate “{signer}” was refused for signing Content Credentials.</source>
        <translation>Das Zertifikat „{signer}“ wurde für das Signieren von Inhaltsnachweisen abgelehnt.</translation>
    </message>
    <message>
        <source>Content Credentials could not be added to the export.</source>
        <translation>Inhaltsnachweise konnten dem Export nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Exports are signed with this computer&apos;s own certificate; Content Credentials viewers will call the signer “unknown”, because no public trust list knows it. Use your own certificate in Settings to be named.</source>
        <translation>Exporte werden mit dem eigenen Zertifikat dieses Computers signiert; Programme zum Anzeigen von Inhaltsnachweisen nennen den Unterzeichner „unbekannt“, da ihn keine öffentliche Vertrauensliste kennt. Verwenden Sie in den Einstellungen Ihr eigenes Zertifikat, um namentlich genannt zu werden.</translation>
    </message>
    <message>
        <source>The signing certificate file {name} cannot be read.</source>
        <translation>Die Signaturzertifikatdatei {name} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{name} holds no certificate; it needs the certificate chain and the private key.</source>
        <translation>{name} enthält kein Zertifikat; erforderlich sind die Zertifikatkette und der private Schlüssel.</translation>
    </message>
    <message>
        <source>{name} holds no private key; put the key in the same file as the certificate chain.</source>
        <translation>{name} enthält keinen privaten Schlüssel; legen Sie den Schlüssel in dieselbe Datei wie die Zertifikatkette.</translation>
    </message>
    <message>
        <source>The private key in {name} is protected by a password; enter it in Settings.</source>
        <translation>Der private Schlüssel in {name} ist kennwortgeschützt; geben Sie das Kennwort in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>{name} must hold both a certificate and its private key.</source>
        <translation>{name} muss sowohl ein Zertifikat als auch dessen privaten Schlüssel enthalten.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; enter it in Settings.</source>
        <translation>{name} ist kennwortgeschützt; geben Sie das Kennwort in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>Das Kennwort für {name} ist falsch.</translation>
    </message>
    <message>
        <source>{name} is not a certificate file (PEM or PKCS#12) this app can read.</source>
        <translation>{name} ist keine Zertifikatdatei (PEM oder PKCS#12), die diese App lesen kann.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} expired on {date}.</source>
        <translation>Das Zertifikat „{who}“ in {name} ist am {date} abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not valid before {date}.</source>
        <translation>Das Zertifikat „{who}“ in {name} ist erst ab {date} gültig.</translation>
    </message>
    <message>
        <source>The key in {name} is of a kind Content Credentials cannot sign with (use EC, RSA or Ed25519).</source>
        <translation>Der Schlüssel in {name} ist von einer Art, mit der Inhaltsnachweise nicht signiert werden können (verwenden Sie EC, RSA oder Ed25519).</translation>
    </message>
    <message>
        <source>The private key in {name} does not belong to the certificate “{who}”.</source>
        <translation>Der private Schlüssel in {name} gehört nicht zum Zertifikat „{who}“.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not a signing certificate: it is not allowed to sign documents (Content Credentials need one issued for document or e-mail signing).</source>
        <translation>Das Zertifikat „{who}“ in {name} ist kein Signaturzertifikat: Es darf keine Dokumente signieren (Inhaltsnachweise erfordern eines, das für die Dokument- oder E-Mail-Signatur ausgestellt wurde).</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is self-signed; Content Credentials need one issued by a certificate authority (include its chain in the file).</source>
        <translation>Das Zertifikat „{who}“ in {name} ist selbstsigniert; Inhaltsnachweise erfordern eines, das von einer Zertifizierungsstelle ausgestellt wurde (nehmen Sie deren Kette in die Datei auf).</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted — may have been billed</source>
        <translation>Unterbrochen – möglicherweise berechnet</translation>
    </message>
    <message>
        <source>Re-render at {size}</source>
        <translation>Neu rendern in {size}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Waiting for the daily quota to reset (in {wait})</source>
        <translation>Warten auf Zurücksetzen des Tageskontingents (in {wait})</translation>
    </message>
    <message>
        <source>Queued (queue paused)</source>
        <translation>In Warteschlange (angehalten)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>Warteschlangenaktionen</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <source>Pause the queue (running jobs finish)</source>
        <translation>Warteschlange anhalten (laufende Aufträge werden beendet)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>Ausgewählte Aufträge abbrechen</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run failed, canceled or interrupted jobs again</source>
        <translation>Fehlgeschlagene, abgebrochene oder unterbrochene Aufträge erneut ausführen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected queued job up</source>
        <translation>Ausgewählten wartenden Auftrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected queued job down</source>
        <translation>Ausgewählten wartenden Auftrag nach unten verschieben</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Fertige entfernen</translation>
    </message>
    <message>
        <source>Remove finished jobs (images stay)</source>
        <translation>Fertige Aufträge entfernen (Bilder bleiben erhalten)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Google&apos;s message…</source>
        <translation>Meldung von Google…</translation>
    </message>
    <message>
        <source>Show the service&apos;s own words for this failure</source>
        <translation>Den Originalwortlaut des Dienstes zu diesem Fehler anzeigen</translation>
    </message>
    <message>
        <source>checking the library…</source>
        <translation>Bibliothek wird geprüft…</translation>
    </message>
    <message>
        <source>{message}  Google&apos;s reason: {reason}</source>
        <translation>{message}  Grund laut Google: {reason}</translation>
    </message>
    <message>
        <source>Google&apos;s message</source>
        <translation>Meldung von Google</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Resume the queue</source>
        <translation>Warteschlange fortsetzen</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>Bild anzeigen</translation>
    </message>
    <message>
        <source>Copy error message</source>
        <translation>Fehlermeldung kopieren</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <source>Google&apos;s message: {message}</source>
        <translation>Meldung von Google: {message}</translation>
    </message>
    <message>
        <source>Error message copied.</source>
        <translation>Fehlermeldung kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue; their images stay in the library.</source>
        <translation>
            <numerusform>%n Auftrag aus der Warteschlange entfernt; seine Bilder bleiben in der Bibliothek.</numerusform>
            <numerusform>%n Aufträge aus der Warteschlange entfernt; ihre Bilder bleiben in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue resumed.</source>
        <translation>Warteschlange fortgesetzt.</translation>
    </message>
    <message>
        <source>Queue paused; running jobs finish, nothing new starts.</source>
        <translation>Warteschlange angehalten; laufende Aufträge werden beendet, nichts Neues startet.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished job(s); their images stay in the library.</source>
        <translation>
            <numerusform>%n fertiger Auftrag entfernt; seine Bilder bleiben in der Bibliothek.</numerusform>
            <numerusform>%n fertige Aufträge entfernt; ihre Bilder bleiben in der Bibliothek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallDrops</name>
    <message>
        <source>Settings recalled from the dropped image.</source>
        <translation>Einstellungen aus dem abgelegten Bild übernommen.</translation>
    </message>
    <message>
        <source>Not made by this app, so it was added as a reference image.</source>
        <translation>Nicht mit dieser App erstellt, daher als Referenzbild hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message>
        <source>The library database was empty (0 bytes).</source>
        <translation>Die Bibliotheksdatenbank war leer (0 Byte).</translation>
    </message>
    <message>
        <source>The library database could not be read.</source>
        <translation>Die Bibliotheksdatenbank konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and restored from the backup of {when}; jobs, ratings, boards and spend history are as they were then, and %n images made since were added from their files.</source>
        <translation>
            <numerusform>{problem} Sie wurde als {name} beiseitegelegt und aus der Sicherung vom {when} wiederhergestellt; Aufträge, Bewertungen, Boards und Ausgabenverlauf sind auf dem damaligen Stand, und %n seitdem erstelltes Bild wurde aus seiner Datei hinzugefügt.</numerusform>
            <numerusform>{problem} Sie wurde als {name} beiseitegelegt und aus der Sicherung vom {when} wiederhergestellt; Aufträge, Bewertungen, Boards und Ausgabenverlauf sind auf dem damaligen Stand, und %n seitdem erstellte Bilder wurden aus ihren Dateien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and the library was rebuilt from the image files (%n images found); there was no backup, so ratings, boards and spend history could not be recovered.</source>
        <translation>
            <numerusform>{problem} Sie wurde als {name} beiseitegelegt, und die Bibliothek wurde aus den Bilddateien neu aufgebaut (%n Bild gefunden); da es keine Sicherung gab, konnten Bewertungen, Boards und Ausgabenverlauf nicht wiederhergestellt werden.</numerusform>
            <numerusform>{problem} Sie wurde als {name} beiseitegelegt, und die Bibliothek wurde aus den Bilddateien neu aufgebaut (%n Bilder gefunden); da es keine Sicherung gab, konnten Bewertungen, Boards und Ausgabenverlauf nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library database could not be read, so the library is shown from its image files (%n images found); ratings and boards are not available.</source>
        <translation>
            <numerusform>Die Bibliotheksdatenbank konnte nicht gelesen werden, daher wird die Bibliothek aus ihren Bilddateien angezeigt (%n Bild gefunden); Bewertungen und Boards sind nicht verfügbar.</numerusform>
            <numerusform>Die Bibliotheksdatenbank konnte nicht gelesen werden, daher wird die Bibliothek aus ihren Bilddateien angezeigt (%n Bilder gefunden); Bewertungen und Boards sind nicht verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when the app stopped and may have been billed. They are marked in the queue; run them again if you still want them.</source>
        <translation>
            <numerusform>%n Auftrag wurde beim Beenden der App unterbrochen und möglicherweise berechnet. Er ist in der Warteschlange markiert; führen Sie ihn erneut aus, wenn Sie ihn noch brauchen.</numerusform>
            <numerusform>%n Aufträge wurden beim Beenden der App unterbrochen und möglicherweise berechnet. Sie sind in der Warteschlange markiert; führen Sie sie erneut aus, wenn Sie sie noch brauchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) that had finished while the app stopped were saved.</source>
        <translation>
            <numerusform>%n Auftrag, der fertig wurde, während die App nicht lief, wurde gespeichert.</numerusform>
            <numerusform>%n Aufträge, die fertig wurden, während die App nicht lief, wurden gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is not an nbp-desktop library: it has neither {database} nor a “{folder}” folder.</source>
        <translation>„{name}“ ist keine nbp-desktop-Bibliothek: Darin gibt es weder {database} noch einen Ordner „{folder}“.</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>Reference images</source>
        <translation>Referenzbilder</translation>
    </message>
    <message>
        <source>Reference images: drop files here, paste with {keys}, drag to reorder, Delete removes</source>
        <translation>Referenzbilder: Dateien hier ablegen, mit {keys} einfügen, zum Neuordnen ziehen, Delete entfernt</translation>
    </message>
    <message>
        <source>Drop reference images here
or paste with {keys}</source>
        <translation>Referenzbilder hier ablegen
oder mit {keys} einfügen</translation>
    </message>
    <message numerus="yes">
        <source>This model takes at most %n reference images.</source>
        <translation>
            <numerusform>Dieses Modell akzeptiert höchstens %n Referenzbild.</numerusform>
            <numerusform>Dieses Modell akzeptiert höchstens %n Referenzbilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountDrop</name>
    <message>
        <source>Drop the service-account JSON file here</source>
        <translation>Dienstkonto-JSON-Datei hier ablegen</translation>
    </message>
    <message>
        <source>Service-account file drop area</source>
        <translation>Ablagebereich für die Dienstkontodatei</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Queue &amp;&amp; budget</source>
        <translation>Warteschlange &amp;&amp; Budget</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Inhaltsnachweise</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available.&lt;/b&gt; Secrets cannot be stored safely, so connections cannot be added. On Linux, install and unlock GNOME Keyring or KWallet (Secret Service).</source>
        <translation>&lt;b&gt;Kein System-Schlüsselbund verfügbar.&lt;/b&gt; Geheimnisse können nicht sicher gespeichert werden, daher können keine Verbindungen hinzugefügt werden. Installieren und entsperren Sie unter Linux GNOME Keyring oder KWallet (Secret Service).</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain ({backend}), never in a settings file.</source>
        <translation>Schlüssel werden im System-Schlüsselbund ({backend}) gespeichert, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through one connection</source>
        <translation>Gleichzeitig über eine Verbindung gesendete Aufträge</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>Requests per minute per connection, kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>Anfragen pro Minute und Verbindung, auf unserer Seite eingehalten, damit Googles Ratenlimits nicht erreicht werden</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>Jobs at once per connection</source>
        <translation>Gleichzeitige Aufträge pro Verbindung</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>A connection can have limits of its own (Connections → Edit). Changes apply at once.</source>
        <translation>Eine Verbindung kann eigene Begrenzungen haben (Verbindungen → Bearbeiten). Änderungen gelten sofort.</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>Budgetlimit</translation>
    </message>
    <message>
        <source>When the cap is reached the queue pauses; nothing is lost.</source>
        <translation>Wenn das Limit erreicht ist, wird die Warteschlange angehalten; nichts geht verloren.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout for {size}</source>
        <translation>Zeitüberschreitung für {size}</translation>
    </message>
    <message>
        <source>Tries per job when Google is overloaded or the network drops</source>
        <translation>Versuche pro Auftrag, wenn Google überlastet ist oder das Netzwerk ausfällt</translation>
    </message>
    <message>
        <source>from the system (HTTPS_PROXY)</source>
        <translation>vom System (HTTPS_PROXY)</translation>
    </message>
    <message>
        <source>none (system certificates)</source>
        <translation>keins (Systemzertifikate)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Use HTTP/2 where the server offers it</source>
        <translation>HTTP/2 verwenden, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Zusätzliches CA-Zertifikat</translation>
    </message>
    <message>
        <source>Proxy, certificate and HTTP/2 changes apply after a restart.</source>
        <translation>Änderungen an Proxy, Zertifikat und HTTP/2 werden nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Bibliotheksordner</translation>
    </message>
    <message>
        <source>To use another library folder, start the app with --data-dir FOLDER (or set NBP_DATA_DIR).</source>
        <translation>Um einen anderen Bibliotheksordner zu verwenden, starten Sie die App mit --data-dir ORDNER (oder setzen Sie NBP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Log event-loop stalls (for troubleshooting)</source>
        <translation>Hänger der Ereignisschleife protokollieren (zur Fehlersuche)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>{jobs} at once, {requests}/min</source>
        <translation>{jobs} gleichzeitig, {requests}/min</translation>
    </message>
    <message>
        <source>{jobs} at once</source>
        <translation>{jobs} gleichzeitig</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove “{name}” and delete its key from the keychain?</source>
        <translation>„{name}“ entfernen und den zugehörigen Schlüssel aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Testing “{name}”…</source>
        <translation>„{name}“ wird getestet…</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>the queue&apos;s setting</source>
        <translation>die Einstellung der Warteschlange</translation>
    </message>
    <message>
        <source>that connection is left out</source>
        <translation>diese Verbindung wird ausgelassen</translation>
    </message>
    <message>
        <source>a list of export presets</source>
        <translation>eine Liste von Exportvorgaben</translation>
    </message>
    <message>
        <source>the built-in presets</source>
        <translation>die integrierten Vorgaben</translation>
    </message>
    <message>
        <source>a new one (keys stored under the old one must be entered again)</source>
        <translation>ein neuer Wert (unter dem alten gespeicherte Schlüssel müssen erneut eingegeben werden)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>There is no connection named “{name}” (connections: {known}).</source>
        <translation>Es gibt keine Verbindung namens „{name}“ (Verbindungen: {known}).</translation>
    </message>
    <message>
        <source>Settings: &quot;connections&quot; must be a list of connections; using none.</source>
        <translation>Einstellungen: &quot;connections&quot; muss eine Liste von Verbindungen sein; es wird keine verwendet.</translation>
    </message>
    <message>
        <source>that preset is left out</source>
        <translation>diese Vorgabe wird ausgelassen</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}).</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Settings: the file is not text (UTF-8); using the default settings.</source>
        <translation>Einstellungen: Die Datei ist kein Text (UTF-8); es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>Settings: the file is not valid JSON (line {line}, column {column}); using the default settings.</source>
        <translation>Einstellungen: Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}); es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>Settings: the file must hold one JSON object; using the default settings.</source>
        <translation>Einstellungen: Die Datei muss genau ein JSON-Objekt enthalten; es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>Settings: the file could not be corrected ({reason}); it is left as it is.</source>
        <translation>Einstellungen: Die Datei konnte nicht korrigiert werden ({reason}); sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>Settings: the original file is kept as {name}.</source>
        <translation>Einstellungen: Die ursprüngliche Datei wird als {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>These settings were written by a newer version of nbp-desktop; update the app before changing them.</source>
        <translation>Diese Einstellungen wurden von einer neueren Version von nbp-desktop geschrieben; aktualisieren Sie die App, bevor Sie sie ändern.</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>eine Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>einer der Werte {choices}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a name (text that is not empty)</source>
        <translation>ein Name (nicht leerer Text)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; using {fallback}.</source>
        <translation>Einstellungen: &quot;{path}&quot; muss {rule} sein; stattdessen gilt: {fallback}.</translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation>dieser Eintrag wird ausgelassen</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; {left_out}.</source>
        <translation>Einstellungen: &quot;{path}&quot; muss eine Gruppe von Einstellungen sein; {left_out}.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; using its defaults.</source>
        <translation>Einstellungen: &quot;{path}&quot; muss eine Gruppe von Einstellungen sein; es werden ihre Standardwerte verwendet.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; {left_out}.</source>
        <translation>Einstellungen: &quot;{path}&quot; muss {rule} sein; {left_out}.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; has no &quot;{field}&quot;; {left_out}.</source>
        <translation>Einstellungen: &quot;{path}&quot; hat kein &quot;{field}&quot;; {left_out}.</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import prompt sheet</source>
        <translation>Prompt-Tabelle importieren</translation>
    </message>
    <message>
        <source>No sheet chosen.</source>
        <translation>Keine Tabelle ausgewählt.</translation>
    </message>
    <message>
        <source>Choose sheet…</source>
        <translation>Tabelle auswählen…</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>Tabelle einfügen</translation>
    </message>
    <message>
        <source>Use rows copied from a spreadsheet (the first row is the header)</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen verwenden (die erste Zeile ist die Kopfzeile)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Batch at half price (Google runs it within 24 h)</source>
        <translation>Batch zum halben Preis (Google führt ihn innerhalb von 24 h aus)</translation>
    </message>
    <message>
        <source>Interactive (the queue, full price)</source>
        <translation>Interaktiv (die Warteschlange, voller Preis)</translation>
    </message>
    <message>
        <source>Run as</source>
        <translation>Ausführen als</translation>
    </message>
    <message>
        <source>Cloud Storage bucket</source>
        <translation>Cloud Storage-Bucket</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and send the rest</source>
        <translation>Zeilen mit Problemen auslassen und den Rest senden</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Choose a prompt sheet</source>
        <translation>Prompt-Tabelle auswählen</translation>
    </message>
    <message>
        <source>Prompt sheets (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Prompt-Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Pasted sheet</source>
        <translation>Eingefügte Tabelle</translation>
    </message>
    <message>
        <source>This sheet cannot be imported:</source>
        <translation>Diese Tabelle kann nicht importiert werden:</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of {total} rows. %n row(s) with problems:</source>
        <translation>
            <numerusform>Die ersten {shown} von {total} Zeilen werden angezeigt. %n Zeile mit Problemen:</numerusform>
            <numerusform>Die ersten {shown} von {total} Zeilen werden angezeigt. %n Zeilen mit Problemen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows. Every row is valid.</source>
        <translation>Die ersten {shown} von {total} Zeilen werden angezeigt. Alle Zeilen sind gültig.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems:</source>
        <translation>
            <numerusform>%n Zeile mit Problemen:</numerusform>
            <numerusform>%n Zeilen mit Problemen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Alle Zeilen sind gültig.</translation>
    </message>
    <message>
        <source>{kind} has no batch mode; this sheet can only run through the queue at the interactive price.</source>
        <translation>{kind} hat keinen Batch-Modus; diese Tabelle kann nur über die Warteschlange zum interaktiven Preis laufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): {batch} at batch price · {interactive} interactive</source>
        <translation>
            <numerusform>%n Bild: {batch} zum Batch-Preis · {interactive} interaktiv</numerusform>
            <numerusform>%n Bilder: {batch} zum Batch-Preis · {interactive} interaktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket Vertex reads the requests from and writes the results to; the service account needs Storage Object Admin on it.</source>
        <translation>Geben Sie den Cloud Storage-Bucket an, aus dem Vertex die Anfragen liest und in den es die Ergebnisse schreibt; das Dienstkonto benötigt dafür die Rolle „Storage-Objekt-Administrator“ (Storage Object Admin).</translation>
    </message>
</context>
<context>
    <name>ShortcutText</name>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Compose pane</source>
        <translation>Bereich „Verfassen“</translation>
    </message>
    <message>
        <source>“Edit this image” box</source>
        <translation>Feld „Dieses Bild bearbeiten“</translation>
    </message>
    <message>
        <source>The image (Generate tab)</source>
        <translation>Das Bild (Tab „Generieren“)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Library grid</source>
        <translation>Bibliotheksraster</translation>
    </message>
    <message>
        <source>The image or the Library grid</source>
        <translation>Das Bild oder das Bibliotheksraster</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>Queue the generation</source>
        <translation>Generierung einreihen</translation>
    </message>
    <message>
        <source>Queue the edit</source>
        <translation>Bearbeitung einreihen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>Exportieren, was Sie sehen: das Bild auf dem Bildschirm oder die Auswahl in der Bibliothek</translation>
    </message>
    <message>
        <source>Open another library</source>
        <translation>Andere Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Import a prompt sheet (batch or queue)</source>
        <translation>Prompt-Tabelle importieren (Batch oder Warteschlange)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Undo the last change to the library</source>
        <translation>Letzte Änderung an der Bibliothek rückgängig machen</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Paste a reference image</source>
        <translation>Referenzbild einfügen</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>Prompt des angezeigten Bildes kopieren</translation>
    </message>
    <message>
        <source>Copy the shown image (in the drag preset)</source>
        <translation>Angezeigtes Bild kopieren (mit der Vorgabe zum Ziehen)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>Bild in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Actual pixels (100%)</source>
        <translation>Tatsächliche Pixel (100 %)</translation>
    </message>
    <message>
        <source>Zoom in (or the wheel)</source>
        <translation>Einzoomen (oder Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out (or the wheel)</source>
        <translation>Auszoomen (oder Mausrad)</translation>
    </message>
    <message>
        <source>Go to the prompt</source>
        <translation>Zum Prompt wechseln</translation>
    </message>
    <message>
        <source>Go to the image (Generate tab)</source>
        <translation>Zum Bild wechseln (Tab „Generieren“)</translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation>Zur Bibliothek wechseln</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Zur Warteschlange wechseln</translation>
    </message>
    <message>
        <source>Minimize the window</source>
        <translation>Fenster minimieren</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>Dieses Bild bearbeiten…</translation>
    </message>
    <message>
        <source>Compare with the previous image</source>
        <translation>Mit dem vorherigen Bild vergleichen</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>Ausgewählte Aufträge abbrechen</translation>
    </message>
    <message>
        <source>Run the selected jobs again</source>
        <translation>Ausgewählte Aufträge erneut ausführen</translation>
    </message>
    <message>
        <source>Move the selected job up</source>
        <translation>Ausgewählten Auftrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected job down</source>
        <translation>Ausgewählten Auftrag nach unten verschieben</translation>
    </message>
    <message>
        <source>Hide the side panels, and show them again</source>
        <translation>Seitenbereiche aus- und wieder einblenden</translation>
    </message>
    <message>
        <source>Full screen, and back</source>
        <translation>Vollbild ein/aus</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Als Auswahl markieren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Als abgelehnt markieren</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>1 to 5 stars</source>
        <translation>1 bis 5 Sterne</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>Keine Sterne</translation>
    </message>
    <message>
        <source>Red, yellow, green, blue label</source>
        <translation>Farbbeschriftung Rot, Gelb, Grün, Blau</translation>
    </message>
    <message>
        <source>Loupe at 100%</source>
        <translation>Lupe bei 100 %</translation>
    </message>
    <message>
        <source>Compare the two selected images</source>
        <translation>Die beiden ausgewählten Bilder vergleichen</translation>
    </message>
    <message>
        <source>Add the selection to the last board</source>
        <translation>Auswahl zum letzten Board hinzufügen</translation>
    </message>
    <message>
        <source>Move the selection to the trash</source>
        <translation>Auswahl in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Open large in the Generate tab</source>
        <translation>Groß im Tab „Generieren“ öffnen</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SourceStrip</name>
    <message>
        <source>Images to export</source>
        <translation>Zu exportierende Bilder</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupText</name>
    <message>
        <source>The library folder cannot be opened: {reason}</source>
        <translation>Der Bibliotheksordner kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>The library could not be checked: {reason}</source>
        <translation>Die Bibliothek konnte nicht geprüft werden: {reason}</translation>
    </message>
    <message>
        <source>Demo: images are made locally by the built-in emulator and cost {cost}.</source>
        <translation>Demo: Bilder werden lokal vom integrierten Emulator erzeugt und kosten {cost}.</translation>
    </message>
</context>
</TS>
