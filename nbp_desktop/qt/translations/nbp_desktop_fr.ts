<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>BatchText</name>
    <message>
        <source>“{name}” is a {kind} connection, which has no batch mode. Run the sheet with --interactive (the normal queue), or use an AI Studio or Vertex AI connection for half-price batch.</source>
        <translation>«&#xa0;{name}&#xa0;» est une connexion {kind}, qui n&apos;a pas de mode lot. Exécutez la feuille avec --interactive (la file d&apos;attente normale), ou utilisez une connexion AI Studio ou Vertex AI pour le lot à moitié prix.</translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket for the batch, e.g. gs://my-bucket/batches.</source>
        <translation>Indiquez le bucket Cloud Storage du lot, par ex. gs://my-bucket/batches.</translation>
    </message>
    <message>
        <source>Google&apos;s answer about the batch could not be read.</source>
        <translation>La réponse de Google concernant le lot est illisible.</translation>
    </message>
    <message>
        <source>The batch&apos;s result file was cut off while downloading; it will be downloaded again.</source>
        <translation>Le fichier de résultats du lot a été coupé pendant le téléchargement&#xa0;; il sera téléchargé à nouveau.</translation>
    </message>
    <message>
        <source>Google did not say where to upload the batch&apos;s input file.</source>
        <translation>Google n&apos;a pas indiqué où envoyer le fichier d&apos;entrée du lot.</translation>
    </message>
    <message>
        <source>The upload of the batch&apos;s input file did not finish; it will be sent again.</source>
        <translation>L&apos;envoi du fichier d&apos;entrée du lot ne s&apos;est pas terminé&#xa0;; il sera envoyé à nouveau.</translation>
    </message>
    <message>
        <source>Google did not name the uploaded input file.</source>
        <translation>Google n&apos;a pas nommé le fichier d&apos;entrée envoyé.</translation>
    </message>
    <message>
        <source>Google no longer has this batch&apos;s result file (it may have been deleted or expired); the rows that were not downloaded are marked failed.</source>
        <translation>Google ne dispose plus du fichier de résultats de ce lot (il a peut-être été supprimé ou a expiré)&#xa0;; les lignes non téléchargées sont marquées en échec.</translation>
    </message>
    <message>
        <source>There is no Cloud Storage bucket “{bucket}” (or the service account cannot see it). Create it in the same project, or name another bucket.</source>
        <translation>Il n&apos;existe pas de bucket Cloud Storage «&#xa0;{bucket}&#xa0;» (ou le compte de service ne peut pas le voir). Créez-le dans le même projet ou indiquez un autre bucket.</translation>
    </message>
    <message>
        <source>The service account</source>
        <translation>Le compte de service</translation>
    </message>
    <message>
        <source>{account} may not use the bucket “{bucket}” for batch jobs: it lacks {permissions}. Grant it the “Storage Object Admin” role on that bucket (Cloud console → Cloud Storage → the bucket → Permissions).</source>
        <translation>{account} ne peut pas utiliser le bucket «&#xa0;{bucket}&#xa0;» pour les tâches par lot&#xa0;: il lui manque {permissions}. Attribuez-lui le rôle «&#xa0;Storage Object Admin&#xa0;» sur ce bucket (console Cloud → Cloud Storage → le bucket → Autorisations).</translation>
    </message>
    <message>
        <source>The result file {uri} is gone from the bucket; the rows not yet downloaded are marked failed.</source>
        <translation>Le fichier de résultats {uri} n&apos;est plus dans le bucket&#xa0;; les lignes pas encore téléchargées sont marquées en échec.</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>en validation</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>en téléchargement</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>partiellement en échec</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>There is no batch {batch}.</source>
        <translation>Il n&apos;existe pas de lot {batch}.</translation>
    </message>
    <message>
        <source>A Vertex batch reads and writes its files in a Cloud Storage bucket: name one with --bucket gs://BUCKET/FOLDER.</source>
        <translation>Un lot Vertex lit et écrit ses fichiers dans un bucket Cloud Storage&#xa0;: indiquez-en un avec --bucket gs://BUCKET/DOSSIER.</translation>
    </message>
    <message>
        <source>Unknown batch mode “{mode}”.</source>
        <translation>Mode lot inconnu «&#xa0;{mode}&#xa0;».</translation>
    </message>
    <message>
        <source>Google did not name the new batch.</source>
        <translation>Google n&apos;a pas nommé le nouveau lot.</translation>
    </message>
    <message>
        <source>Canceled before the batch was sent; nothing was billed.</source>
        <translation>Annulé avant l&apos;envoi du lot&#xa0;; rien n&apos;a été facturé.</translation>
    </message>
    <message>
        <source>The batch {batch} has not reached Google yet; nothing to download.</source>
        <translation>Le lot {batch} n&apos;a pas encore atteint Google&#xa0;; rien à télécharger.</translation>
    </message>
    <message>
        <source>The batch {batch} is still {state} at Google; its results can be downloaded when it has finished.</source>
        <translation>Le lot {batch} est toujours {state} chez Google&#xa0;; ses résultats pourront être téléchargés une fois qu&apos;il sera terminé.</translation>
    </message>
    <message>
        <source>The batch&apos;s result file is missing from the bucket; the rows that were not downloaded are marked failed.</source>
        <translation>Le fichier de résultats du lot est absent du bucket&#xa0;; les lignes non téléchargées sont marquées en échec.</translation>
    </message>
    <message>
        <source>The batch expired before Google ran this row (Google gives a batch 48 hours); submit the sheet again for the rows that are missing.</source>
        <translation>Le lot a expiré avant que Google n&apos;exécute cette ligne (Google accorde 48 heures à un lot)&#xa0;; envoyez à nouveau la feuille pour les lignes manquantes.</translation>
    </message>
    <message>
        <source>The batch was canceled before this row ran; it was not billed.</source>
        <translation>Le lot a été annulé avant l&apos;exécution de cette ligne&#xa0;; elle n&apos;a pas été facturée.</translation>
    </message>
    <message>
        <source>Google could not run the batch ({detail}).</source>
        <translation>Google n&apos;a pas pu exécuter le lot ({detail}).</translation>
    </message>
    <message>
        <source>Google could not run the batch.</source>
        <translation>Google n&apos;a pas pu exécuter le lot.</translation>
    </message>
    <message>
        <source>Google returned no result for this row.</source>
        <translation>Google n&apos;a renvoyé aucun résultat pour cette ligne.</translation>
    </message>
    <message>
        <source>The job ended {status}.</source>
        <translation>La tâche s&apos;est terminée avec l&apos;état {status}.</translation>
    </message>
    <message numerus="yes">
        <source>{problem} (%n more row(s) with problems.)</source>
        <translation>
            <numerusform>{problem} (%n autre ligne en erreur.)</numerusform>
            <numerusform>{problem} (%n autres lignes en erreur.)</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the sheet “{sheet}” can be sent; fix the rows listed.</source>
        <translation>Aucune ligne de la feuille «&#xa0;{sheet}&#xa0;» ne peut être envoyée&#xa0;; corrigez les lignes indiquées.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty: row 1 should be a header (prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags) and each row after it one image.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» est vide&#xa0;: la ligne 1 doit être un en-tête (prompt, format, taille, nombre, seed, instruction système, chemins de référence, nom de sortie, mots-clés) et chaque ligne suivante une image.</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir la feuille {path}.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is {size}, more than a prompt sheet may be ({limit}, about 100,000 rows); nothing was read from row 1 on. Split it into smaller sheets.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» fait {size}, plus que la taille permise pour une feuille de prompts ({limit}, environ 100 000 lignes)&#xa0;; rien n&apos;a été lu à partir de la ligne 1. Divisez-la en feuilles plus petites.</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be read.</source>
        <translation>Impossible de lire la feuille {path}.</translation>
    </message>
    <message>
        <source>Row 1 (the header) of “{sheet}” has no “prompt” column; its columns are {columns}. Name one column “prompt”.</source>
        <translation>La ligne 1 (l&apos;en-tête) de «&#xa0;{sheet}&#xa0;» n&apos;a pas de colonne «&#xa0;prompt&#xa0;»&#xa0;; ses colonnes sont {columns}. Nommez une colonne «&#xa0;prompt&#xa0;».</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as a table row ({error}).</source>
        <translation>La ligne {row} ne peut pas être lue comme une ligne de tableau ({error}).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header in row 1 but no rows below it: add one row per image from row 2 on.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» a un en-tête en ligne 1 mais aucune ligne en dessous&#xa0;: ajoutez une ligne par image à partir de la ligne 2.</translation>
    </message>
    <message>
        <source>Row {row} of “{sheet}” is not UTF-8 text (byte {byte} at character {column}); the sheet was probably saved as Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it again.</source>
        <translation>La ligne {row} de «&#xa0;{sheet}&#xa0;» n&apos;est pas du texte UTF-8 (octet {byte} au caractère {column})&#xa0;; la feuille a probablement été enregistrée en Latin-1 ou Windows-1252. Enregistrez-la au format «&#xa0;CSV UTF-8&#xa0;» et importez-la à nouveau.</translation>
    </message>
    <message>
        <source>Row {row} has no prompt.</source>
        <translation>La ligne {row} n&apos;a pas de prompt.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt has an unmatched “{open}” or “{close}”; write {open}{open} or {close}{close} for a literal brace.</source>
        <translation>Ligne {row}&#xa0;: le prompt contient un «&#xa0;{open}&#xa0;» ou un «&#xa0;{close}&#xa0;» sans correspondance&#xa0;; écrivez {open}{open} ou {close}{close} pour une accolade littérale.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but the sheet has no “{column}” column.</source>
        <translation>Ligne {row}&#xa0;: le prompt utilise {placeholder}, mais la feuille n&apos;a pas de colonne «&#xa0;{column}&#xa0;».</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but that cell is empty.</source>
        <translation>Ligne {row}&#xa0;: le prompt utilise {placeholder}, mais cette cellule est vide.</translation>
    </message>
    <message>
        <source>Row {row}: the aspect ratio “{ratio}” is not one {model} makes; use one of {ratios}.</source>
        <translation>Ligne {row}&#xa0;: le format «&#xa0;{ratio}&#xa0;» n&apos;est pas proposé par {model}&#xa0;; utilisez l&apos;un des formats {ratios}.</translation>
    </message>
    <message>
        <source>Row {row}: the size “{size}” is not one {model} makes; use {sizes}.</source>
        <translation>Ligne {row}&#xa0;: la taille «&#xa0;{size}&#xa0;» n&apos;est pas proposée par {model}&#xa0;; utilisez {sizes}.</translation>
    </message>
    <message>
        <source>Row {row}: the count “{count}” must be a whole number from 1 to {most}.</source>
        <translation>Ligne {row}&#xa0;: le nombre «&#xa0;{count}&#xa0;» doit être un nombre entier de 1 à {most}.</translation>
    </message>
    <message>
        <source>Row {row}: the seed “{seed}” is not a whole number.</source>
        <translation>Ligne {row}&#xa0;: le seed «&#xa0;{seed}&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Row {row}: the reference image “{name}” does not exist (looked for {path}).</source>
        <translation>Ligne {row}&#xa0;: l&apos;image de référence «&#xa0;{name}&#xa0;» n&apos;existe pas (recherchée dans {path}).</translation>
    </message>
    <message numerus="yes">
        <source>Row {row}: %n reference image(s); {model} takes at most {most}.</source>
        <translation>
            <numerusform>Ligne {row}&#xa0;: %n image de référence&#xa0;; {model} en accepte au maximum {most}.</numerusform>
            <numerusform>Ligne {row}&#xa0;: %n images de référence&#xa0;; {model} en accepte au maximum {most}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesPane</name>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>échec partiel</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>interactif</translation>
    </message>
    <message>
        <source>Import prompt sheet…</source>
        <translation>Importer une feuille de prompts…</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Ask Google now instead of at the next scheduled check</source>
        <translation>Interroger Google maintenant plutôt qu&apos;à la prochaine vérification prévue</translation>
    </message>
    <message>
        <source>Row {number} ({key}): {error}</source>
        <translation>Ligne {number} ({key})&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch “{sheet}” journalled; sending it to Google.</source>
        <translation>Lot «&#xa0;{sheet}&#xa0;» journalisé&#xa0;; envoi à Google.</translation>
    </message>
    <message numerus="yes">
        <source>Batch “{sheet}”: %n image(s) are in the library on the board “{sheet}”.</source>
        <translation>
            <numerusform>Lot «&#xa0;{sheet}&#xa0;»&#xa0;: %n image se trouve dans la bibliothèque, sur le tableau «&#xa0;{sheet}&#xa0;».</numerusform>
            <numerusform>Lot «&#xa0;{sheet}&#xa0;»&#xa0;: %n images se trouvent dans la bibliothèque, sur le tableau «&#xa0;{sheet}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>{cost} (interactive)</source>
        <translation>{cost} (interactif)</translation>
    </message>
    <message>
        <source>{cost} (batch price)</source>
        <translation>{cost} (tarif lot)</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Generate a CSV/TSV sheet of prompts at batch price (half the interactive price) or through the queue</source>
        <translation>Générer une feuille de prompts CSV/TSV au tarif lot (moitié du tarif interactif) ou via la file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>Boards</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>All images
{images}</source>
        <translation>Toutes les images
{images}</translation>
    </message>
    <message>
        <source>{board}: drop images here, or select images and press B</source>
        <translation>{board}&#xa0;: déposez des images ici, ou sélectionnez des images et appuyez sur B</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Nouveau tableau…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Supprimer le tableau</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Deprecated since {deprecated}, shut down on {shutdown}.</source>
        <translation>Obsolète depuis le {deprecated}, arrêté le {shutdown}.</translation>
    </message>
    <message>
        <source>Deprecated since {deprecated}.</source>
        <translation>Obsolète depuis le {deprecated}.</translation>
    </message>
    <message>
        <source>Shut down on {shutdown}.</source>
        <translation>Arrêté le {shutdown}.</translation>
    </message>
    <message>
        <source>Always thinks; 4K is Preview on Vertex. Takes images only as references.</source>
        <translation>Réfléchit toujours&#xa0;; la 4K est en préversion sur Vertex. N&apos;accepte les images que comme références.</translation>
    </message>
    <message>
        <source>Nano Banana Pro (preview, retired on AI Studio)</source>
        <translation>Nano Banana Pro (préversion, retirée d&apos;AI Studio)</translation>
    </message>
    <message>
        <source>Use gemini-3-pro-image.</source>
        <translation>Utilisez gemini-3-pro-image.</translation>
    </message>
    <message>
        <source>GA on 2026-10-06; Google&apos;s recommended image model.</source>
        <translation>Disponibilité générale le 2026-10-06&#xa0;; le modèle d&apos;image recommandé par Google.</translation>
    </message>
    <message>
        <source>GA on 2026-06-30; fast, 1K only; no Flex or Priority tier.</source>
        <translation>Disponibilité générale le 2026-06-30&#xa0;; rapide, 1K uniquement&#xa0;; pas de niveau Flex ni Priority.</translation>
    </message>
    <message>
        <source>Use gemini-nano-banana-2.1.</source>
        <translation>Utilisez gemini-nano-banana-2.1.</translation>
    </message>
    <message>
        <source>1K only.</source>
        <translation>1K uniquement.</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Describe the image…   ({keys} queues it)</source>
        <translation>Décrivez l&apos;image…   ({keys} l&apos;ajoute à la file)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Earlier prompts</source>
        <translation>Prompts précédents</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>Instruction système</translation>
    </message>
    <message>
        <source>Standing instructions sent with every prompt (optional)</source>
        <translation>Instructions permanentes envoyées avec chaque prompt (facultatif)</translation>
    </message>
    <message>
        <source>e.g. You are a product photographer. Clean studio light.</source>
        <translation>ex.&#xa0;: Vous êtes photographe produit. Lumière de studio nette.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add reference images from files</source>
        <translation>Ajouter des images de référence depuis des fichiers</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The model id; you can type a newer one</source>
        <translation>L&apos;identifiant du modèle&#xa0;; vous pouvez en saisir un plus récent</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>À propos du modèle</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>Niveau de réflexion</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Ancrage avec la recherche Google</translation>
    </message>
    <message>
        <source>Let the model look things up on the web (billed separately)</source>
        <translation>Laisser le modèle faire des recherches sur le Web (facturé séparément)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>How many jobs to queue with these settings</source>
        <translation>Nombre de tâches à ajouter à la file avec ces réglages</translation>
    </message>
    <message>
        <source>2×2 variations grid</source>
        <translation>Grille de 2×2 variantes</translation>
    </message>
    <message>
        <source>Four variations in one request (a quarter of the cost); the grid and its four tiles are saved</source>
        <translation>Quatre variantes en une seule requête (un quart du coût)&#xa0;; la grille et ses quatre vignettes sont enregistrées</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Ajouter à la file</translation>
    </message>
    <message>
        <source>Queue this generation ({keys})</source>
        <translation>Ajouter cette génération à la file d&apos;attente ({keys})</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Queue generation</source>
        <translation>Ajouter la génération à la file</translation>
    </message>
    <message>
        <source>Queue this generation</source>
        <translation>Ajouter cette génération à la file d&apos;attente</translation>
    </message>
    <message>
        <source>default ({level})</source>
        <translation>par défaut ({level})</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>{estimate} (4 images per job)</source>
        <translation>{estimate} (4 images par tâche)</translation>
    </message>
    <message>
        <source>{estimate} at the {tier} tier</source>
        <translation>{estimate} au niveau {tier}</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>Aucun prompt précédent</translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation>Ajouter des images de référence</translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Images (*.png *.jpg *.jpeg *.webp *.heic *.heif)</source>
        <translation>Images, PDF et vidéos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Images (*.png *.jpg *.jpeg *.webp *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>An API key from Google AI Studio (aistudio.google.com → Get API key). Image generation needs a project with billing enabled.</source>
        <translation>Une clé API de Google AI Studio (aistudio.google.com → Get API key). La génération d&apos;images nécessite un projet avec facturation activée.</translation>
    </message>
    <message>
        <source>A service-account key file (JSON) from the Google Cloud console. Drop the file here; the project is read from it.</source>
        <translation>Un fichier de clé de compte de service (JSON) de la console Google Cloud. Déposez le fichier ici&#xa0;; le projet y est lu.</translation>
    </message>
    <message>
        <source>An API key for Vertex AI express mode (no project needed).</source>
        <translation>Une clé API pour le mode express de Vertex AI (aucun projet nécessaire).</translation>
    </message>
    <message>
        <source>A relay or gateway that speaks the OpenAI images API (LiteLLM and others): its base URL and key. The gateway retries by itself, so the app sends each request once (one retry layer, not two).</source>
        <translation>Un relais ou une passerelle compatible avec l&apos;API d&apos;images OpenAI (LiteLLM et autres)&#xa0;: son URL de base et sa clé. La passerelle effectue elle-même les nouvelles tentatives&#xa0;; l&apos;application envoie donc chaque requête une seule fois (une seule couche de nouvelles tentatives, pas deux).</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Flex: half price, answers may take minutes</source>
        <translation>Flex&#xa0;: moitié prix, les réponses peuvent prendre plusieurs minutes</translation>
    </message>
    <message>
        <source>Priority: faster, costs more</source>
        <translation>Priority&#xa0;: plus rapide, plus cher</translation>
    </message>
    <message>
        <source>Google&apos;s service tier for this connection; a model that refuses it gets Standard from then on</source>
        <translation>Niveau de service Google pour cette connexion&#xa0;; un modèle qui le refuse passe ensuite en Standard</translation>
    </message>
    <message>
        <source>optional: a relay, private endpoint or the emulator</source>
        <translation>facultatif&#xa0;: un relais, un point de terminaison privé ou l&apos;émulateur</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>A real call to check the key, project and model: free at Google; through a gateway, one tiny text request (a fraction of a cent)</source>
        <translation>Un véritable appel pour vérifier la clé, le projet et le modèle&#xa0;: gratuit chez Google&#xa0;; via une passerelle, une toute petite requête texte (une fraction de centime)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Jobs at once</source>
        <translation>Tâches simultanées</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Requêtes par minute</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>inchangée (stockée dans le trousseau)</translation>
    </message>
    <message>
        <source>required: https://…</source>
        <translation>obligatoire&#xa0;: https://…</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>Fichier de clé de compte de service</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>“{name}” cannot be read.</source>
        <translation>Impossible de lire «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>✗ {name}: drop another key file here</source>
        <translation>✗ {name}&#xa0;: déposez un autre fichier de clé ici</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through this connection</source>
        <translation>Tâches envoyées simultanément via cette connexion</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Requests per minute through this connection (0: no limit), kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>Requêtes par minute via cette connexion (0&#xa0;: aucune limite), contrôlées de notre côté pour ne pas atteindre les limites de débit de Google</translation>
    </message>
    <message>
        <source>as in Settings → Queue ({current})</source>
        <translation>comme dans Paramètres → File d&apos;attente ({current})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Enter the {secret} first.</source>
        <translation>Saisissez d&apos;abord la {secret}.</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>Vertex AI express mode</source>
        <translation>Vertex AI en mode express</translation>
    </message>
    <message>
        <source>OpenAI-compatible gateway</source>
        <translation>Passerelle compatible OpenAI</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>clé de compte de service</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé API</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>A gateway connection needs its base URL (for example https://relay.example.com).</source>
        <translation>Une connexion par passerelle nécessite son URL de base (par exemple https://relay.example.com).</translation>
    </message>
    <message>
        <source>The base URL “{url}” must start with https:// (or http://).</source>
        <translation>L&apos;URL de base «&#xa0;{url}&#xa0;» doit commencer par https:// (ou http://).</translation>
    </message>
    <message>
        <source>The service tier “{tier}” is not one of {choices}.</source>
        <translation>Le niveau de service «&#xa0;{tier}&#xa0;» ne fait pas partie de {choices}.</translation>
    </message>
    <message>
        <source>A Vertex connection needs a project ID (it is usually read from the service-account file).</source>
        <translation>Une connexion Vertex nécessite un ID de projet (il est généralement lu dans le fichier du compte de service).</translation>
    </message>
    <message>
        <source>The {label} is empty.</source>
        <translation>La {label} est vide.</translation>
    </message>
    <message>
        <source>The secret of “{name}” is not in the keychain any more; enter it again.</source>
        <translation>Le secret de «&#xa0;{name}&#xa0;» ne se trouve plus dans le trousseau&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The {label} for “{name}” is not in the keychain any more. Edit the connection and enter it again.</source>
        <translation>La {label} de «&#xa0;{name}&#xa0;» ne se trouve plus dans le trousseau. Modifiez la connexion et saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>The key stored for “{name}”</source>
        <translation>La clé enregistrée pour «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>An invisible byte-order mark at the start of the {label} was removed.</source>
        <translation>Une marque d&apos;ordre des octets invisible au début de la {label} a été supprimée.</translation>
    </message>
    <message>
        <source>The {label} has {character} inside it (character {position}); it must be one line of letters and digits. Copy it again from the console.</source>
        <translation>La {label} contient {character} (caractère {position})&#xa0;; elle doit tenir sur une seule ligne de lettres et de chiffres. Copiez-la à nouveau depuis la console.</translation>
    </message>
    <message>
        <source>The {label} contains a character that is not plain ASCII (character {position}); it may only have letters, digits and a few marks. Copy it again from the console.</source>
        <translation>La {label} contient un caractère qui n&apos;est pas de l&apos;ASCII simple (caractère {position})&#xa0;; elle ne peut comporter que des lettres, des chiffres et quelques signes. Copiez-la à nouveau depuis la console.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un caractère NUL</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>un caractère invisible</translation>
    </message>
    <message>
        <source>{path} is not a regular file; choose the JSON key file itself.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire&#xa0;; choisissez le fichier de clé JSON lui-même.</translation>
    </message>
    <message>
        <source>The service-account file {path} cannot be read.</source>
        <translation>Impossible de lire le fichier de compte de service {path}.</translation>
    </message>
    <message>
        <source>{source} is {size} KB; a Google service-account key file is about 2 KB (at most {limit} KB is accepted). Choose the JSON key file the Google Cloud console downloaded.</source>
        <translation>{source} fait {size} Ko&#xa0;; un fichier de clé de compte de service Google fait environ 2 Ko ({limit} Ko au maximum sont acceptés). Choisissez le fichier de clé JSON téléchargé depuis la console Google Cloud.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) and sign in to a desktop session, then try again.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le secret ne peut donc pas être stocké en sécurité. Installez et déverrouillez un trousseau Secret Service (GNOME Keyring ou KWallet), ouvrez une session de bureau, puis réessayez.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Check that your system keychain is unlocked, then try again.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le secret ne peut donc pas être stocké en sécurité. Vérifiez que le trousseau de votre système est déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>Le trousseau système est verrouillé. Déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused to store or read the secret.</source>
        <translation>Le trousseau système a refusé d&apos;enregistrer ou de lire le secret.</translation>
    </message>
    <message>
        <source>“{name}” works: {service} accepted the credentials for {model}.</source>
        <translation>«&#xa0;{name}&#xa0;» fonctionne&#xa0;: {service} a accepté les identifiants pour {model}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The gateway accepted the key but does not list the model “{model}” (it lists: {models}).</source>
        <translation>La passerelle a accepté la clé, mais ne propose pas le modèle «&#xa0;{model}&#xa0;» (modèles proposés&#xa0;: {models}).</translation>
    </message>
    <message>
        <source>“{name}” works: the gateway accepted the key, lists {model}, and the model answered a one-word test through it.</source>
        <translation>«&#xa0;{name}&#xa0;» fonctionne&#xa0;: la passerelle a accepté la clé, propose {model}, et le modèle a répondu par son intermédiaire à un test d&apos;un seul mot.</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}. It offers no small request that reaches the model, so whether the model answers shows with the first image.</source>
        <translation>«&#xa0;{name}&#xa0;» fonctionne, autant que la passerelle permet d&apos;en juger&#xa0;: elle a accepté la clé et propose {model}. Elle n&apos;offre aucune petite requête qui atteigne le modèle&#xa0;; la première image montrera donc si le modèle répond.</translation>
    </message>
    <message>
        <source>The gateway accepted your key and lists {model}, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>La passerelle a accepté votre clé et propose {model}, mais le service situé derrière elle a refusé les identifiants propres de la passerelle (HTTP {status}). Demandez à l&apos;administrateur de la passerelle de les vérifier.</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but has no free capacity for it right now (HTTP 429): {said}</source>
        <translation>La passerelle a accepté la clé et propose {model}, mais n&apos;a pas de capacité disponible pour ce modèle en ce moment (HTTP 429)&#xa0;: {said}</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but could not get an answer from the model behind it (HTTP {status}): {said}</source>
        <translation>La passerelle a accepté la clé et propose {model}, mais n&apos;a pas pu obtenir de réponse du modèle situé derrière elle (HTTP {status})&#xa0;: {said}</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}, but refused the small test request (HTTP {status}: {said}), so whether the model answers shows with the first image.</source>
        <translation>«&#xa0;{name}&#xa0;» fonctionne, autant que la passerelle permet d&apos;en juger&#xa0;: elle a accepté la clé et propose {model}, mais a refusé la petite requête de test (HTTP {status}&#xa0;: {said})&#xa0;; la première image montrera donc si le modèle répond.</translation>
    </message>
</context>
<context>
    <name>ContentCredentialsPage</name>
    <message>
        <source>none: this computer&apos;s own certificate</source>
        <translation>aucun&#xa0;: le certificat propre à cet ordinateur</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>Fichier du certificat de signature</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own</source>
        <translation>Utiliser celui de cet ordinateur</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau système</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Mot de passe du certificat</translation>
    </message>
    <message>
        <source>Check certificate</source>
        <translation>Vérifier le certificat</translation>
    </message>
    <message>
        <source>none (e.g. {url})</source>
        <translation>aucun (par ex. {url})</translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation>Serveur d&apos;horodatage</translation>
    </message>
    <message>
        <source>Signing certificate status</source>
        <translation>État du certificat de signature</translation>
    </message>
    <message>
        <source>Exports that change a file get new Content Credentials (C2PA) with Google&apos;s as their ingredient, signed by:</source>
        <translation>Les exportations qui modifient un fichier reçoivent de nouveaux Identifiants de contenu (C2PA), avec ceux de Google comme ingrédient, signés par&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate (PEM or PKCS#12)</source>
        <translation>Certificat (PEM ou PKCS#12)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s own certificate.</source>
        <translation>Signé avec le certificat propre à cet ordinateur.</translation>
    </message>
    <message>
        <source>✓ “{signer}” can sign Content Credentials until {date}.</source>
        <translation>✓ «&#xa0;{signer}&#xa0;» peut signer des Identifiants de contenu jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <source>Your certificate is used; press Check certificate to test it.</source>
        <translation>Votre certificat est utilisé&#xa0;; cliquez sur Vérifier le certificat pour le tester.</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <source>Certificates with key (*.pem *.p12 *.pfx)</source>
        <translation>Certificats avec clé (*.pem *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation>Plage de dates</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Au (inclus)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit this image</source>
        <translation>Modifier cette image</translation>
    </message>
    <message>
        <source>What should change? (Google sees the image and the conversation so far.)</source>
        <translation>Que faut-il changer&#xa0;? (Google voit l&apos;image et la conversation jusqu&apos;ici.)</translation>
    </message>
    <message>
        <source>What should change</source>
        <translation>Modifications souhaitées</translation>
    </message>
    <message>
        <source>e.g. make the sky stormy   ({keys} queues it)</source>
        <translation>ex.&#xa0;: rendre le ciel orageux   ({keys} l&apos;ajoute à la file)</translation>
    </message>
    <message>
        <source>Queue edit</source>
        <translation>Ajouter à la file</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Re-rendered at {size}</source>
        <translation>Nouveau rendu en {size}</translation>
    </message>
    <message>
        <source>Re-rendered at a larger size</source>
        <translation>Nouveau rendu en plus grand</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>(aucun prompt)</translation>
    </message>
    <message>
        <source>Generated: {prompt}</source>
        <translation>Généré&#xa0;: {prompt}</translation>
    </message>
    <message>
        <source>Edit: {prompt}</source>
        <translation>Modification&#xa0;: {prompt}</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Show an image to see its edits.</source>
        <translation>Affichez une image pour voir ses modifications.</translation>
    </message>
    <message>
        <source>Branch from this turn…</source>
        <translation>Créer une branche à partir de ce tour…</translation>
    </message>
    <message>
        <source>Edit the chosen turn: a new branch, leaving later edits as they are</source>
        <translation>Modifier le tour choisi&#xa0;: une nouvelle branche, sans toucher aux modifications ultérieures</translation>
    </message>
    <message>
        <source>A single turn: no edits yet.</source>
        <translation>Un seul tour&#xa0;: aucune modification pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n turns in this edit tree.</source>
        <translation>
            <numerusform>%n tour dans cet arbre de modifications.</numerusform>
            <numerusform>%n tours dans cet arbre de modifications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;b&gt;Your library is empty.&lt;/b&gt;&lt;br&gt;Every image you generate lands here. Write a prompt in Compose and press {keys}.</source>
        <translation>&lt;b&gt;Votre bibliothèque est vide.&lt;/b&gt;&lt;br&gt;Chaque image que vous générez arrive ici. Rédigez un prompt dans Composer et appuyez sur {keys}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image matches the search and filters.&lt;/b&gt;&lt;br&gt;“Clear filters” shows the whole library again.</source>
        <translation>&lt;b&gt;Aucune image ne correspond à la recherche et aux filtres.&lt;/b&gt;&lt;br&gt;«&#xa0;Effacer les filtres&#xa0;» affiche à nouveau toute la bibliothèque.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This board is empty.&lt;/b&gt;&lt;br&gt;Drag images onto it in the list, or select images and press B.</source>
        <translation>&lt;b&gt;Ce tableau est vide.&lt;/b&gt;&lt;br&gt;Faites-y glisser des images depuis la liste, ou sélectionnez des images et appuyez sur B.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The queue is empty.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}: jobs wait and run here, with their progress, time and cost.</source>
        <translation>&lt;b&gt;La file d&apos;attente est vide.&lt;/b&gt;&lt;br&gt;Rédigez un prompt dans Composer et appuyez sur {keys}&#xa0;: les tâches attendent et s&apos;exécutent ici, avec leur progression, leur durée et leur coût.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image yet.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}, or open an image from the Library.</source>
        <translation>&lt;b&gt;Aucune image pour l&apos;instant.&lt;/b&gt;&lt;br&gt;Rédigez un prompt dans Composer et appuyez sur {keys}, ou ouvrez une image depuis la Bibliothèque.</translation>
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
            <numerusform>Exporter %n image</numerusform>
            <numerusform>Exporter %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Paramètre prédéfini</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Enregistrer comme paramètre prédéfini…</translation>
    </message>
    <message>
        <source>Original (exact copy)</source>
        <translation>Original (copie exacte)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>Qualité JPEG</translation>
    </message>
    <message>
        <source>Estimated file size</source>
        <translation>Taille de fichier estimée</translation>
    </message>
    <message>
        <source>4:4:4 keeps full colour detail (print); 4:2:0 is smaller (web)</source>
        <translation>4:4:4 conserve tout le détail des couleurs (impression)&#xa0;; 4:2:0 est plus léger (Web)</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>Progressif</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Taille d&apos;origine</translation>
    </message>
    <message>
        <source>Long edge</source>
        <translation>Bord long</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Embed sRGB</source>
        <translation>Incorporer sRGB</translation>
    </message>
    <message>
        <source>Convert to profile…</source>
        <translation>Convertir en profil…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>an RGB or CMYK .icc profile (e.g. from your print shop)</source>
        <translation>un profil .icc RGB ou CMYK (par ex. fourni par votre imprimeur)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>colorimétrie relative</translation>
    </message>
    <message>
        <source>perceptual</source>
        <translation>perception</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>saturation</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>colorimétrie absolue</translation>
    </message>
    <message>
        <source>Prompt, model and AI source (XMP)</source>
        <translation>Prompt, modèle et source IA (XMP)</translation>
    </message>
    <message>
        <source>Strip everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <source>Keep Google&apos;s and sign what this export changes</source>
        <translation>Conserver ceux de Google et signer ce que cette exportation modifie</translation>
    </message>
    <message>
        <source>Strip all provenance</source>
        <translation>Supprimer toute la provenance</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) say who made the image and how it was changed. {signer_note}</source>
        <translation>Les Identifiants de contenu (C2PA) indiquent qui a créé l&apos;image et comment elle a été modifiée. {signer_note}</translation>
    </message>
    <message>
        <source>Compression warning</source>
        <translation>Avertissement de compression</translation>
    </message>
    <message>
        <source>Use Original instead</source>
        <translation>Utiliser Original à la place</translation>
    </message>
    <message>
        <source>Re-encode anyway</source>
        <translation>Réencoder quand même</translation>
    </message>
    <message>
        <source>Write a CSV of the metadata</source>
        <translation>Écrire un fichier CSV des métadonnées</translation>
    </message>
    <message>
        <source>Make a contact sheet (PDF)</source>
        <translation>Créer une planche contact (PDF)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>Chrominance</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Rendering intent</source>
        <translation>Mode de rendu</translation>
    </message>
    <message>
        <source>TIFF bits</source>
        <translation>Profondeur de bits TIFF</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Noms de fichiers</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi (the image is smaller than the paper at this ppi)</source>
        <translation>Résolution effective sur {paper}&#xa0;: {ppi} ppp (l&apos;image est plus petite que le papier à cette résolution)</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi</source>
        <translation>Résolution effective sur {paper}&#xa0;: {ppi} ppp</translation>
    </message>
    <message>
        <source>Google already sent JPEG: its data is kept as it is (no second compression); only size information and metadata are added.</source>
        <translation>Google a déjà envoyé un JPEG&#xa0;: ses données sont conservées telles quelles (pas de seconde compression)&#xa0;; seules les informations de taille et les métadonnées sont ajoutées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second compression:&lt;/b&gt; Google already sent JPEG, and this preset compresses it again, losing detail. Use Original to hand over Google&apos;s file unchanged.</source>
        <translation>&lt;b&gt;Seconde compression&#xa0;:&lt;/b&gt; Google a déjà envoyé un JPEG, et ce paramètre prédéfini le compresse à nouveau, ce qui fait perdre du détail. Utilisez Original pour transmettre le fichier de Google sans modification.</translation>
    </message>
    <message>
        <source>Estimating size…</source>
        <translation>Estimation de la taille…</translation>
    </message>
    <message>
        <source>About {size} each (first image)</source>
        <translation>Environ {size} chacune (première image)</translation>
    </message>
    <message>
        <source>About {size}</source>
        <translation>Environ {size}</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le paramètre prédéfini</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nom du paramètre prédéfini&#xa0;:</translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation>Profil colorimétrique</translation>
    </message>
    <message>
        <source>ICC profiles (*.icc *.icm)</source>
        <translation>Profils ICC (*.icc *.icm)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Canceling after the current image…</source>
        <translation>Annulation après l&apos;image en cours…</translation>
    </message>
    <message>
        <source>Strip all provenance?</source>
        <translation>Supprimer toute la provenance&#xa0;?</translation>
    </message>
    <message>
        <source>{explanation}

Strip it?</source>
        <translation>{explanation}

La supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>Export without Content Credentials?</source>
        <translation>Exporter sans Identifiants de contenu&#xa0;?</translation>
    </message>
    <message>
        <source>{problem}

Export anyway without new Content Credentials? The exported files will then not carry Google&apos;s Content Credentials either (the Original preset keeps them).</source>
        <translation>{problem}

Exporter quand même sans nouveaux Identifiants de contenu&#xa0;? Les fichiers exportés ne porteront alors pas non plus les Identifiants de contenu de Google (le paramètre prédéfini Original les conserve).</translation>
    </message>
    <message>
        <source>Nothing exported: provenance was not stripped.</source>
        <translation>Rien n&apos;a été exporté&#xa0;: la provenance n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>{number} of {total}: {name}</source>
        <translation>{number} sur {total}&#xa0;: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n images · {preset}</source>
        <translation>
            <numerusform>%n image · {preset}</numerusform>
            <numerusform>%n images · {preset}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n exported to {folder}.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n image exportée vers {folder}.</numerusform>
            <numerusform>Annulé&#xa0;: %n images exportées vers {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported to {folder}.</source>
        <translation>
            <numerusform>%n image exportée vers {folder}.</numerusform>
            <numerusform>%n images exportées vers {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{exported} The prompt of %n of them was too long for a JPEG&apos;s metadata, so it is shortened there; the full text stays in the library.</source>
        <translation>
            <numerusform>{exported} Le prompt de %n d&apos;entre elles était trop long pour les métadonnées d&apos;un JPEG&#xa0;; il y est donc raccourci, le texte complet reste dans la bibliothèque.</numerusform>
            <numerusform>{exported} Le prompt de %n d&apos;entre elles était trop long pour les métadonnées d&apos;un JPEG&#xa0;; il y est donc raccourci, le texte complet reste dans la bibliothèque.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>The image {name} cannot be read from the library.</source>
        <translation>Impossible de lire l&apos;image {name} depuis la bibliothèque.</translation>
    </message>
    <message>
        <source>PNG cannot hold CMYK: choose JPEG or TIFF for a CMYK profile.</source>
        <translation>Le PNG ne peut pas contenir de CMYK&#xa0;: choisissez JPEG ou TIFF pour un profil CMYK.</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”.</source>
        <translation>Format d&apos;exportation inconnu «&#xa0;{format}&#xa0;».</translation>
    </message>
    <message>
        <source>The colour profile {name} cannot be read.</source>
        <translation>Impossible de lire le profil colorimétrique {name}.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(aucun choisi)</translation>
    </message>
    <message>
        <source>The sRGB colour profile is missing from this installation; reinstall the app.</source>
        <translation>Le profil colorimétrique sRGB est absent de cette installation&#xa0;; réinstallez l&apos;application.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder}.</source>
        <translation>L&apos;exportation n&apos;a pas pu être écrite dans {folder}.</translation>
    </message>
    <message>
        <source>The source is not a JPEG file.</source>
        <translation>La source n&apos;est pas un fichier JPEG.</translation>
    </message>
    <message>
        <source>A metadata block is too large for a JPEG segment.</source>
        <translation>Un bloc de métadonnées est trop volumineux pour un segment JPEG.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Web JPEG</source>
        <translation>JPEG Web</translation>
    </message>
    <message>
        <source>Print JPEG</source>
        <translation>JPEG impression</translation>
    </message>
    <message>
        <source>Print TIFF</source>
        <translation>TIFF impression</translation>
    </message>
    <message>
        <source>There is no export preset “{name}” (presets: {presets}).</source>
        <translation>Il n&apos;existe pas de paramètre prédéfini d&apos;exportation «&#xa0;{name}&#xa0;» (paramètres prédéfinis&#xa0;: {presets}).</translation>
    </message>
</context>
<context>
    <name>ExportingMimeData</name>
    <message>
        <source>Preparing the dropped files…</source>
        <translation>Préparation des fichiers déposés…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Recent results</source>
        <translation>Résultats récents</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Plage personnalisée…</translation>
    </message>
    <message>
        <source>Search prompts and replies</source>
        <translation>Rechercher dans les prompts et les réponses</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Picks only</source>
        <translation>Retenues uniquement</translation>
    </message>
    <message>
        <source>Show only picked images</source>
        <translation>Afficher uniquement les images retenues</translation>
    </message>
    <message>
        <source>Hide rejects</source>
        <translation>Masquer les rejets</translation>
    </message>
    <message>
        <source>Hide rejected images</source>
        <translation>Masquer les images rejetées</translation>
    </message>
    <message>
        <source>Has edits</source>
        <translation>Avec modifications</translation>
    </message>
    <message>
        <source>Only images that are part of an edit history</source>
        <translation>Uniquement les images qui font partie d&apos;un historique de modifications</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <source>Only images with Content Credentials (a C2PA manifest)</source>
        <translation>Uniquement les images avec Identifiants de contenu (un manifeste C2PA)</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Tous les libellés</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>Libellé de couleur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Toutes les tailles</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Any ratio</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show everything again (search words and filters)</source>
        <translation>Tout afficher à nouveau (mots recherchés et filtres)</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <source>Date, label, connection, model, size, ratio, edits, Content Credentials</source>
        <translation>Date, libellé, connexion, modèle, taille, format, modifications, Identifiants de contenu</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>Plus de filtres ({count})</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Paste an API key (the quickest start).</source>
        <translation>Collez une clé API (le démarrage le plus rapide).</translation>
    </message>
    <message>
        <source>Drop a service-account key file; project and location are filled in.</source>
        <translation>Déposez un fichier de clé de compte de service&#xa0;; le projet et l&apos;emplacement sont renseignés.</translation>
    </message>
    <message>
        <source>An express-mode API key.</source>
        <translation>Une clé API en mode express.</translation>
    </message>
    <message>
        <source>A relay&apos;s base URL and key.</source>
        <translation>L&apos;URL de base et la clé d&apos;un relais.</translation>
    </message>
    <message>
        <source>Welcome to nbp-desktop</source>
        <translation>Bienvenue dans nbp-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect your Google account&lt;/h3&gt;Images are made with your own account and billed by Google. Your key is kept in the system keychain.</source>
        <translation>&lt;h3&gt;Connectez votre compte Google&lt;/h3&gt;Les images sont créées avec votre propre compte et facturées par Google. Votre clé est conservée dans le trousseau système.</translation>
    </message>
    <message>
        <source>Explore first with the built-in emulator</source>
        <translation>Explorer d&apos;abord avec l&apos;émulateur intégré</translation>
    </message>
    <message>
        <source>Everything works locally with placeholder images; nothing is billed. Add a connection later in Settings.</source>
        <translation>Tout fonctionne localement avec des images factices&#xa0;; rien n&apos;est facturé. Ajoutez une connexion plus tard dans les Paramètres.</translation>
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
        <translation>Fichier manquant</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>{width} × {height}, {marks} — file missing</source>
        <translation>{width} × {height}, {marks} — fichier manquant</translation>
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
        <translation>État de la galerie</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>Revenir à ma bibliothèque</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Nouveau tableau…</translation>
    </message>
    <message>
        <source>A board collects images; an image can be on several boards</source>
        <translation>Un tableau rassemble des images&#xa0;; une image peut figurer sur plusieurs tableaux</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Placer dans la corbeille</translation>
    </message>
    <message>
        <source>Move the selected images to the trash ({delete}); undo with {undo}</source>
        <translation>Placer les images sélectionnées dans la corbeille ({delete})&#xa0;; annuler avec {undo}</translation>
    </message>
    <message>
        <source>Add to target board</source>
        <translation>Ajouter au tableau cible</translation>
    </message>
    <message>
        <source>Add the selection to the board chosen last (B)</source>
        <translation>Ajouter la sélection au dernier tableau choisi (B)</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>Décompte des images…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} images</source>
        <translation>
            <numerusform>{shown} sur {total} image</numerusform>
            <numerusform>{shown} sur {total} images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} images</source>
        <translation>
            <numerusform>{shown} image</numerusform>
            <numerusform>{shown} images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{selected} selected</source>
        <translation>
            <numerusform>{selected} sélectionnée</numerusform>
            <numerusform>{selected} sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>Rétabli&#xa0;: {step}.</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>Annulé&#xa0;: {step}.</translation>
    </message>
    <message>
        <source>{message} Undo with {keys}.</source>
        <translation>{message} Annulez avec {keys}.</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again read-write to change ratings, boards or files.</source>
        <translation>Cette bibliothèque est ouverte en lecture seule. Ouvrez-la à nouveau en lecture-écriture pour modifier les notes, les tableaux ou les fichiers.</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>Annuler {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Rétablir {step}</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>le tableau</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Nouveau tableau</translation>
    </message>
    <message>
        <source>Board name:</source>
        <translation>Nom du tableau&#xa0;:</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Renommer le tableau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>Loupe</translation>
    </message>
    <message>
        <source>Use all settings</source>
        <translation>Utiliser tous les réglages</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>Utiliser le prompt</translation>
    </message>
    <message>
        <source>Add to board</source>
        <translation>Ajouter au tableau</translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>Retirer de «&#xa0;{board}&#xa0;»</translation>
    </message>
    <message>
        <source>Select two images to compare.</source>
        <translation>Sélectionnez deux images à comparer.</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-only). New images still go to your own library.</source>
        <translation>Consultation de la bibliothèque dans {folder} (lecture seule). Les nouvelles images vont toujours dans votre propre bibliothèque.</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-write). New images still go to your own library.</source>
        <translation>Consultation de la bibliothèque dans {folder} (lecture-écriture). Les nouvelles images vont toujours dans votre propre bibliothèque.</translation>
    </message>
</context>
<context>
    <name>GalleryText</name>
    <message>
        <source>Pick</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <source>damaged Content Credentials</source>
        <translation>Identifiants de contenu endommagés</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the marks of one image</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>Sans marque</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Open the library in “{folder}”</source>
        <translation>Ouvrir la bibliothèque dans «&#xa0;{folder}&#xa0;»</translation>
    </message>
    <message>
        <source>Read-only never changes it (safe for a shared drive or another person&apos;s library). Read-write lets you rate, flag, collect and delete there.</source>
        <translation>La lecture seule ne la modifie jamais (sans risque pour un lecteur partagé ou la bibliothèque d&apos;une autre personne). La lecture-écriture permet d&apos;y noter, marquer, rassembler et supprimer.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open read-write</source>
        <translation>Ouvrir en lecture-écriture</translation>
    </message>
    <message>
        <source>“{name}” could not be moved to the trash, so it was not deleted. The folder may be read-only, or this drive has no trash.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être placé dans la corbeille&#xa0;; il n&apos;a donc pas été supprimé. Le dossier est peut-être en lecture seule, ou ce lecteur n&apos;a pas de corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
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
        <translation>Loupe</translation>
    </message>
    <message>
        <source>Compare the selection</source>
        <translation>Comparer la sélection</translation>
    </message>
    <message>
        <source>Add to the last board</source>
        <translation>Ajouter au dernier tableau</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Placer dans la corbeille</translation>
    </message>
    <message>
        <source>Open in the Generate tab</source>
        <translation>Ouvrir dans l&apos;onglet Générer</translation>
    </message>
</context>
<context>
    <name>GenerationText</name>
    <message>
        <source>Interrupted — may have been billed. The app stopped while this job was running; run it again if you still want the image.</source>
        <translation>Interrompue — a peut-être été facturée. L&apos;application s&apos;est arrêtée pendant l&apos;exécution de cette tâche&#xa0;; relancez-la si vous voulez toujours l&apos;image.</translation>
    </message>
    <message>
        <source>it is a folder, not an image file</source>
        <translation>c&apos;est un dossier, pas un fichier image</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device)</source>
        <translation>ce n&apos;est pas un fichier ordinaire (tube, socket ou périphérique)</translation>
    </message>
    <message>
        <source>it is {size} MB; the largest file accepted is {limit} MB</source>
        <translation>il fait {size} Mo&#xa0;; la taille maximale acceptée est de {limit} Mo</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>le fichier ne peut pas être lu (autorisation refusée)</translation>
    </message>
    <message>
        <source>it is a link that leads back to itself (a symbolic link loop)</source>
        <translation>c&apos;est un lien qui renvoie vers lui-même (boucle de liens symboliques)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>it is not an image file (PNG, JPEG, WebP, HEIC or HEIF), a PDF or a video</source>
        <translation>ce n&apos;est ni un fichier image (PNG, JPEG, WebP, HEIC ou HEIF), ni un PDF, ni une vidéo</translation>
    </message>
    <message>
        <source>it is {size} MB, and Google takes PDFs and videos sent with a prompt up to {limit} MB</source>
        <translation>il fait {size} Mo, et Google accepte les PDF et les vidéos envoyés avec un prompt jusqu&apos;à {limit} Mo</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete, so it cannot be read</source>
        <translation>le PDF est endommagé ou incomplet&#xa0;: il ne peut donc pas être lu</translation>
    </message>
    <message>
        <source>the PDF is password-protected, so Google cannot read it</source>
        <translation>le PDF est protégé par un mot de passe&#xa0;: Google ne peut donc pas le lire</translation>
    </message>
    <message>
        <source>Save a copy without a password first.</source>
        <translation>Enregistrez d&apos;abord une copie sans mot de passe.</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>le PDF ne contient aucune page</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, and Google reads at most {limit}</source>
        <translation>le PDF contient {pages} pages, et Google en lit au maximum {limit}</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas servir de référence&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>This reference cannot be used: {reason}.</source>
        <translation>Cette référence ne peut pas être utilisée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>This reference image cannot be used: {reason}.</source>
        <translation>Cette image de référence ne peut pas être utilisée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Google does not accept {type} images; use PNG, JPEG or WebP</source>
        <translation>Google n&apos;accepte pas les images {type}&#xa0;; utilisez PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>it is {size} MB, over Google&apos;s 7 MB limit, and HEIC files cannot be shrunk here; export it as JPEG first</source>
        <translation>il fait {size} Mo, au-delà de la limite de 7 Mo de Google, et les fichiers HEIC ne peuvent pas être réduits ici&#xa0;; exportez-le d&apos;abord en JPEG</translation>
    </message>
    <message>
        <source>Use fewer pages or a smaller export of the PDF.</source>
        <translation>Utilisez moins de pages ou une exportation plus légère du PDF.</translation>
    </message>
    <message>
        <source>Use a shorter or smaller clip.</source>
        <translation>Utilisez une vidéo plus courte ou plus légère.</translation>
    </message>
    <message>
        <source>it is {width} × {height} pixels, more than the {limit} megapixels accepted</source>
        <translation>il fait {width} × {height} pixels, soit plus que les {limit} mégapixels acceptés</translation>
    </message>
    <message>
        <source>it claims more than {limit} megapixels (a damaged or malicious file)</source>
        <translation>il annonce plus de {limit} mégapixels (fichier endommagé ou malveillant)</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete, so the image cannot be read</source>
        <translation>le fichier est endommagé ou incomplet&#xa0;: l&apos;image ne peut donc pas être lue</translation>
    </message>
    <message>
        <source>the image could not be read ({reason})</source>
        <translation>l&apos;image n&apos;a pas pu être lue ({reason})</translation>
    </message>
    <message>
        <source>it could not be made small enough for Google&apos;s 7 MB limit</source>
        <translation>il n&apos;a pas pu être suffisamment réduit pour respecter la limite de 7 Mo de Google</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference image: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas servir d&apos;image de référence&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>GoogleText</name>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>{source} is not a usable service-account key ({reason}): download a new JSON key in Google Cloud console → IAM → Service accounts → Keys.</source>
        <translation>{source} n&apos;est pas une clé de compte de service utilisable ({reason})&#xa0;: téléchargez une nouvelle clé JSON dans la console Google Cloud → IAM → Comptes de service → Clés.</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>ce n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>it is an OAuth client file, not a service-account key</source>
        <translation>c&apos;est un fichier client OAuth, pas une clé de compte de service</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>its type is “{type}”, not “service_account”</source>
        <translation>son type est «&#xa0;{type}&#xa0;» et non «&#xa0;service_account&#xa0;»</translation>
    </message>
    <message>
        <source>it has no {fields}</source>
        <translation>il manque {fields}</translation>
    </message>
    <message>
        <source>its private_key is not a PEM key</source>
        <translation>son champ private_key n&apos;est pas une clé PEM</translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation>sa clé privée est illisible</translation>
    </message>
    <message>
        <source>Google did not accept the service-account key (its key may have been deleted or the account disabled). Create a new JSON key and add the connection again.</source>
        <translation>Google n&apos;a pas accepté la clé du compte de service (elle a peut-être été supprimée, ou le compte désactivé). Créez une nouvelle clé JSON et ajoutez à nouveau la connexion.</translation>
    </message>
    <message>
        <source>Your API key was rejected. Check that you copied the whole key and that it belongs to the right project.</source>
        <translation>Votre clé API a été refusée. Vérifiez que vous avez copié la clé entière et qu&apos;elle appartient au bon projet.</translation>
    </message>
    <message>
        <source>Billing is not enabled for this project. Image generation needs a Google Cloud project with billing turned on.</source>
        <translation>La facturation n&apos;est pas activée pour ce projet. La génération d&apos;images nécessite un projet Google Cloud dont la facturation est activée.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in for this connection. The service account may have been deleted or its key revoked; add the connection again with a current key file.</source>
        <translation>Google n&apos;a pas accepté l&apos;authentification de cette connexion. Le compte de service a peut-être été supprimé ou sa clé révoquée&#xa0;; ajoutez à nouveau la connexion avec un fichier de clé valide.</translation>
    </message>
    <message>
        <source>The API is not enabled for this project. Enable it in the Google Cloud console, wait a minute, then try again.</source>
        <translation>L&apos;API n&apos;est pas activée pour ce projet. Activez-la dans la console Google Cloud, attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Give the service account the “Vertex AI User” role.</source>
        <translation>Ce compte n&apos;est pas autorisé à utiliser le modèle (autorisation refusée). Attribuez au compte de service le rôle «&#xa0;Utilisateur Vertex AI&#xa0;» (Vertex AI User).</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Check the key&apos;s API restrictions.</source>
        <translation>Ce compte n&apos;est pas autorisé à utiliser le modèle (autorisation refusée). Vérifiez les restrictions d&apos;API de la clé.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may not be offered in region “{location}”: try the location “global”.</source>
        <translation>Le modèle «&#xa0;{model}&#xa0;» est introuvable. Il n&apos;est peut-être pas proposé dans la région «&#xa0;{location}&#xa0;»&#xa0;: essayez l&apos;emplacement «&#xa0;global&#xa0;».</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may have been retired: try the model “gemini-3-pro-image”.</source>
        <translation>Le modèle «&#xa0;{model}&#xa0;» est introuvable. Il a peut-être été retiré&#xa0;: essayez le modèle «&#xa0;gemini-3-pro-image&#xa0;».</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. Check the model name and the location.</source>
        <translation>Le modèle «&#xa0;{model}&#xa0;» est introuvable. Vérifiez le nom du modèle et l&apos;emplacement.</translation>
    </message>
    <message>
        <source>Google is overloaded right now.</source>
        <translation>Google est surchargé en ce moment.</translation>
    </message>
    <message>
        <source>Google took too long to answer (request timeout).</source>
        <translation>Google a mis trop de temps à répondre (délai de la requête dépassé).</translation>
    </message>
    <message>
        <source>Google had an internal problem (HTTP {status}).</source>
        <translation>Google a rencontré un problème interne (HTTP {status}).</translation>
    </message>
    <message>
        <source>The prompt was blocked by the service&apos;s safety filter.</source>
        <translation>Le prompt a été bloqué par le filtre de sécurité du service.</translation>
    </message>
    <message>
        <source>Google does not take this service tier for the model “{model}”.</source>
        <translation>Google n&apos;accepte pas ce niveau de service pour le modèle «&#xa0;{model}&#xa0;».</translation>
    </message>
    <message>
        <source>Google refused the request: {reason}</source>
        <translation>Google a refusé la requête&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses.</source>
        <translation>La passerelle a refusé la clé API (HTTP {status}). Vérifiez la clé utilisée par cette connexion.</translation>
    </message>
    <message>
        <source>The gateway answered with a web page instead of data (HTTP {status}).</source>
        <translation>La passerelle a répondu par une page web au lieu de données (HTTP {status}).</translation>
    </message>
    <message>
        <source>The gateway took your key, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>La passerelle a accepté votre clé, mais le service situé derrière elle a refusé les identifiants propres de la passerelle (HTTP {status}). Demandez à l&apos;administrateur de la passerelle de les vérifier.</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses for the gateway.</source>
        <translation>La passerelle a refusé la clé API (HTTP {status}). Vérifiez la clé que cette connexion utilise pour la passerelle.</translation>
    </message>
    <message>
        <source>The gateway answered that its rate limit is reached (HTTP 429).</source>
        <translation>La passerelle indique que sa limite de débit est atteinte (HTTP 429).</translation>
    </message>
    <message>
        <source>The gateway does not serve the model “{model}” (HTTP {status}). Check the model name in the connection.</source>
        <translation>La passerelle ne fournit pas le modèle «&#xa0;{model}&#xa0;» (HTTP {status}). Vérifiez le nom du modèle dans la connexion.</translation>
    </message>
    <message>
        <source>The gateway answered that the prompt was blocked by a safety filter.</source>
        <translation>La passerelle indique que le prompt a été bloqué par un filtre de sécurité.</translation>
    </message>
    <message>
        <source>The gateway answered that the model is unavailable: {reason}</source>
        <translation>La passerelle indique que le modèle n&apos;est pas disponible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The gateway answered with an error (HTTP {status}): {reason}</source>
        <translation>La passerelle a répondu par une erreur (HTTP {status})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP {status}): {reason}</source>
        <translation>La passerelle a refusé la requête (HTTP {status})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Quota for today is used up; it resets at 00:00 Pacific (in {wait}).</source>
        <translation>Le quota du jour est épuisé&#xa0;; il est réinitialisé à minuit, heure du Pacifique (dans {wait}).</translation>
    </message>
    <message>
        <source>The per-minute quota is used up.</source>
        <translation>Le quota par minute est épuisé.</translation>
    </message>
    <message>
        <source>Google&apos;s capacity for this model is busy (rate limited).</source>
        <translation>La capacité de Google pour ce modèle est saturée (limite de débit).</translation>
    </message>
    <message>
        <source>Access was refused (HTTP {status}) before the request reached the model.</source>
        <translation>L&apos;accès a été refusé (HTTP {status}) avant que la requête n&apos;atteigne le modèle.</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data (HTTP {status}).</source>
        <translation>Le serveur (ou un proxy intermédiaire) a répondu par une page web au lieu de données (HTTP {status}).</translation>
    </message>
    <message>
        <source>The stored key has a line break, tab or other invisible character inside it, so it cannot be sent. Edit the connection and paste the key again.</source>
        <translation>La clé enregistrée contient un saut de ligne, une tabulation ou un autre caractère invisible&#xa0;: elle ne peut donc pas être envoyée. Modifiez la connexion et collez à nouveau la clé.</translation>
    </message>
    <message>
        <source>Google did not answer within {seconds} s. The request timed out.</source>
        <translation>Google n&apos;a pas répondu dans les {seconds} s. Le délai de la requête a expiré.</translation>
    </message>
    <message>
        <source>Google did not answer. The request timed out.</source>
        <translation>Google n&apos;a pas répondu. Le délai de la requête a expiré.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up (TLS certificate problem). A proxy or antivirus may be intercepting traffic; set its certificate in Settings → Network.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (problème de certificat TLS). Un proxy ou un antivirus intercepte peut-être le trafic&#xa0;; indiquez son certificat dans Paramètres → Réseau.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be looked up. Check your internet connection (or the base URL).</source>
        <translation>L&apos;adresse du serveur est introuvable. Vérifiez votre connexion Internet (ou l&apos;URL de base).</translation>
    </message>
    <message>
        <source>The connection broke while the image was downloading.</source>
        <translation>La connexion a été interrompue pendant le téléchargement de l&apos;image.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>AI Studio cannot choose the output format or JPEG quality (only Vertex can); leave them empty, or export the image as JPEG afterwards.</source>
        <translation>AI Studio ne permet pas de choisir le format de sortie ni la qualité JPEG (seul Vertex le permet)&#xa0;; laissez-les vides, ou exportez ensuite l&apos;image en JPEG.</translation>
    </message>
    <message>
        <source>{model} does not take a thinking level (it always thinks). Leave the thinking level empty.</source>
        <translation>{model} n&apos;accepte pas de niveau de réflexion (il réfléchit toujours). Laissez le niveau de réflexion vide.</translation>
    </message>
    <message>
        <source>{model} accepts the thinking levels {levels}, not “{level}”.</source>
        <translation>{model} accepte les niveaux de réflexion {levels}, pas «&#xa0;{level}&#xa0;».</translation>
    </message>
    <message>
        <source>{model} does not make {value} images. Choose one of {choices}.</source>
        <translation>{model} ne produit pas d&apos;images {value}. Choisissez l&apos;une des valeurs {choices}.</translation>
    </message>
    <message numerus="yes">
        <source>{model} takes at most {limit} reference images; %n were given.</source>
        <translation>
            <numerusform>{model} accepte au plus {limit} images de référence&#xa0;; %n a été fournie.</numerusform>
            <numerusform>{model} accepte au plus {limit} images de référence&#xa0;; %n ont été fournies.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF or video</source>
        <translation>PDF ou vidéo</translation>
    </message>
    <message>
        <source>{model} does not take {type} references ({name}); use images, or Nano Banana 2.1.</source>
        <translation>{model} n&apos;accepte pas les références {type} ({name})&#xa0;; utilisez des images, ou Nano Banana 2.1.</translation>
    </message>
    <message>
        <source>a reference</source>
        <translation>une référence</translation>
    </message>
    <message>
        <source>{model} does not take the {tier} service tier; choose Standard for this connection.</source>
        <translation>{model} n&apos;accepte pas le niveau de service {tier}&#xa0;; choisissez Standard pour cette connexion.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Rédigez d&apos;abord un prompt.</translation>
    </message>
    <message>
        <source>Google&apos;s answer was not in the expected form.</source>
        <translation>La réponse de Google n&apos;avait pas la forme attendue.</translation>
    </message>
    <message>
        <source>The prompt was blocked by Google&apos;s safety filter ({reason}). Rephrase it and try again.</source>
        <translation>Le prompt a été bloqué par le filtre de sécurité de Google ({reason}). Reformulez-le et réessayez.</translation>
    </message>
    <message>
        <source>Google answered without an image.</source>
        <translation>Google a répondu sans image.</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data.</source>
        <translation>Le serveur (ou un proxy intermédiaire) a répondu par une page web au lieu de données.</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation>La réponse a été coupée avant d&apos;être complète.</translation>
    </message>
    <message>
        <source>The answer could not be read (malformed data).</source>
        <translation>La réponse est illisible (données mal formées).</translation>
    </message>
    <message>
        <source>The image in the answer could not be decoded.</source>
        <translation>L&apos;image contenue dans la réponse n&apos;a pas pu être décodée.</translation>
    </message>
    <message>
        <source>The answer contained data that is not a readable image.</source>
        <translation>La réponse contenait des données qui ne forment pas une image lisible.</translation>
    </message>
    <message>
        <source>Google&apos;s safety filter withheld the image ({reason}): rephrase the prompt or use other reference images, since real people, brands and violent or explicit details are the usual triggers.</source>
        <translation>Le filtre de sécurité de Google a bloqué l&apos;image ({reason})&#xa0;: reformulez le prompt ou utilisez d&apos;autres images de référence, car les personnes réelles, les marques et les détails violents ou explicites en sont les déclencheurs habituels.</translation>
    </message>
    <message>
        <source>The image was withheld because it resembled existing material too closely ({reason}). Change the prompt and try again.</source>
        <translation>L&apos;image a été bloquée parce qu&apos;elle ressemblait trop à des contenus existants ({reason}). Modifiez le prompt et réessayez.</translation>
    </message>
    <message>
        <source>Google answered with text only, no image. Ask for an image explicitly in the prompt.</source>
        <translation>Google a répondu uniquement par du texte, sans image. Demandez explicitement une image dans le prompt.</translation>
    </message>
    <message>
        <source>Google did not make an image this time ({reason}).</source>
        <translation>Google n&apos;a pas produit d&apos;image cette fois-ci ({reason}).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation>En attente de Google…</translation>
    </message>
    <message>
        <source>Downloading {received} of {total} MB</source>
        <translation>Téléchargement&#xa0;: {received} sur {total} Mo</translation>
    </message>
    <message>
        <source>Downloading {received} MB</source>
        <translation>Téléchargement&#xa0;: {received} Mo</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Décodage…</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>{reason}; retrying in {wait} (attempt {attempt} of {attempts})</source>
        <translation>{reason}&#xa0;; nouvelle tentative dans {wait} (tentative {attempt} sur {attempts})</translation>
    </message>
    <message>
        <source>Google does not take the {tier} service tier for {model}; “{connection}” now uses Standard for this model. Run the job again.</source>
        <translation>Google n&apos;accepte pas le niveau de service {tier} pour {model}&#xa0;; «&#xa0;{connection}&#xa0;» utilise désormais Standard pour ce modèle. Relancez la tâche.</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>La réponse était vide.</translation>
    </message>
    <message>
        <source>A gateway takes only images as references, so “{name}” (a PDF or video) cannot go with this request. Use an AI Studio or Vertex AI connection for it.</source>
        <translation>Une passerelle n&apos;accepte que des images comme références&#xa0;: «&#xa0;{name}&#xa0;» (un PDF ou une vidéo) ne peut donc pas accompagner cette requête. Utilisez pour cela une connexion AI Studio ou Vertex AI.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not in the expected form.</source>
        <translation>La réponse de la passerelle n&apos;avait pas la forme attendue.</translation>
    </message>
    <message>
        <source>The gateway answered with links to images instead of the images themselves; it must return b64_json.</source>
        <translation>La passerelle a répondu par des liens vers les images au lieu des images elles-mêmes&#xa0;; elle doit renvoyer b64_json.</translation>
    </message>
    <message>
        <source>The gateway answered without an image.</source>
        <translation>La passerelle a répondu sans image.</translation>
    </message>
    <message>
        <source>The answer was cut off after Google produced it — you may have been billed.</source>
        <translation>La réponse a été coupée après que Google l&apos;a produite — vous avez peut-être été facturé.</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google (no answer within {seconds} s) — you may have been billed.</source>
        <translation>La requête a expiré après avoir atteint Google (aucune réponse dans les {seconds} s) — vous avez peut-être été facturé.</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google — you may have been billed.</source>
        <translation>La requête a expiré après avoir atteint Google — vous avez peut-être été facturé.</translation>
    </message>
    <message>
        <source>The connection broke after the request reached Google, before its answer came — you may have been billed.</source>
        <translation>La connexion a été interrompue après que la requête a atteint Google, avant l&apos;arrivée de la réponse — vous avez peut-être été facturé.</translation>
    </message>
    <message>
        <source>{error} You may have been billed.</source>
        <translation>{error} Vous avez peut-être été facturé.</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Drag as</source>
        <translation>Glisser en tant que</translation>
    </message>
    <message>
        <source>Drag preset</source>
        <translation>Paramètre prédéfini de glisser-déposer</translation>
    </message>
    <message>
        <source>The files you drag out of the app (or copy) are exported with this preset as you drop them</source>
        <translation>Les fichiers que vous faites glisser hors de l&apos;application (ou copiez) sont exportés avec ce paramètre prédéfini au moment où vous les déposez</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export what you see ({keys})</source>
        <translation>Exporter ce qui est affiché ({keys})</translation>
    </message>
    <message numerus="yes">
        <source>Dragging %n image(s) as “{preset}”…</source>
        <translation>
            <numerusform>Glisser-déposer de %n image en «&#xa0;{preset}&#xa0;»…</numerusform>
            <numerusform>Glisser-déposer de %n images en «&#xa0;{preset}&#xa0;»…</numerusform>
        </translation>
    </message>
    <message>
        <source>Image copied as “{preset}”.</source>
        <translation>Image copiée en «&#xa0;{preset}&#xa0;».</translation>
    </message>
    <message>
        <source>Select images in the Library, or show an image, to export.</source>
        <translation>Sélectionnez des images dans la Bibliothèque, ou affichez une image, pour exporter.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n job(s) queued last time are waiting. Resume the queue to run them.</source>
        <translation>
            <numerusform>%n tâche mise en file lors de la dernière session est en attente. Reprenez la file d&apos;attente pour l&apos;exécuter.</numerusform>
            <numerusform>%n tâches mises en file lors de la dernière session sont en attente. Reprenez la file d&apos;attente pour les exécuter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The count must be 1 or more.</source>
        <translation>Le nombre doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>There is no job {job}.</source>
        <translation>La tâche {job} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Job {job} is {status}; only failed, canceled or interrupted jobs can be run again.</source>
        <translation>La tâche {job} est {status}&#xa0;; seules les tâches en échec, annulées ou interrompues peuvent être relancées.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while starting jobs; the queue carries on. (Details for support: {error})</source>
        <translation>Un problème inattendu est survenu au démarrage des tâches&#xa0;; la file d&apos;attente continue. (Détails pour l&apos;assistance&#xa0;: {error})</translation>
    </message>
    <message>
        <source>The daily quota of “{connection}” has reset; its jobs continue.</source>
        <translation>Le quota journalier de «&#xa0;{connection}&#xa0;» a été réinitialisé&#xa0;; ses tâches reprennent.</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for today reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>Plafond de budget de {cap} atteint pour aujourd&apos;hui ({spent} dépensés)&#xa0;; la file d&apos;attente est en pause. Relevez le plafond ou reprenez pour continuer.</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for this month reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>Plafond de budget de {cap} atteint pour ce mois-ci ({spent} dépensés)&#xa0;; la file d&apos;attente est en pause. Relevez le plafond ou reprenez pour continuer.</translation>
    </message>
    <message>
        <source>The job was canceled.</source>
        <translation>La tâche a été annulée.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this job.</source>
        <translation>Un problème inattendu est survenu avec cette tâche.</translation>
    </message>
    <message>
        <source>The budget cap is now {cap}; the queue continues.</source>
        <translation>Le plafond de budget est maintenant de {cap}&#xa0;; la file d&apos;attente reprend.</translation>
    </message>
    <message>
        <source>The budget cap was removed; the queue continues.</source>
        <translation>Le plafond de budget a été supprimé&#xa0;; la file d&apos;attente reprend.</translation>
    </message>
    <message>
        <source>The image had already arrived and was billed, so it is kept in the library instead of being canceled.</source>
        <translation>L&apos;image était déjà arrivée et a été facturée&#xa0;: elle est donc conservée dans la bibliothèque au lieu d&apos;être annulée.</translation>
    </message>
    <message>
        <source>The spend includes {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>Les dépenses incluent {possible} que Google a peut-être facturés pour des tâches interrompues en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>{error} Jobs for “{connection}” wait until then (in {wait}).</source>
        <translation>{error} Les tâches de «&#xa0;{connection}&#xa0;» attendent jusque-là (dans {wait}).</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>The reference image {name} is missing from the library folder.</source>
        <translation>L&apos;image de référence {name} est absente du dossier de la bibliothèque.</translation>
    </message>
    <message>
        <source>The image to edit is no longer in the library.</source>
        <translation>L&apos;image à modifier ne se trouve plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The image to edit ({name}) cannot be read from the library.</source>
        <translation>L&apos;image à modifier ({name}) ne peut pas être lue depuis la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <extracomment>English is named in itself like the others.</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>Une nouvelle langue s&apos;applique à partir du prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation>Redémarrez l&apos;application pour utiliser la nouvelle langue.</translation>
    </message>
</context>
<context>
    <name>LibrarySwitch</name>
    <message>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>The library in “{folder}” could not be opened.</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque dans «&#xa0;{folder}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Pick</source>
        <translation>Marquer comme retenue</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Marquer comme rejetée</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Supprimer le marqueur</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>Aucune étoile</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Aucun libellé</translation>
    </message>
    <message>
        <source>Red label</source>
        <translation>Libellé rouge</translation>
    </message>
    <message>
        <source>Yellow label</source>
        <translation>Libellé jaune</translation>
    </message>
    <message>
        <source>Green label</source>
        <translation>Libellé vert</translation>
    </message>
    <message>
        <source>Blue label</source>
        <translation>Libellé bleu</translation>
    </message>
    <message numerus="yes">
        <source>{mark} (%n image(s))</source>
        <translation>
            <numerusform>{mark} (%n image)</numerusform>
            <numerusform>{mark} (%n images)</numerusform>
        </translation>
    </message>
    <message>
        <source>New board “{name}”</source>
        <translation>Nouveau tableau «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete board “{name}”</source>
        <translation>Supprimer le tableau «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Board “{name}” deleted (its images stay in the library).</source>
        <translation>Tableau «&#xa0;{name}&#xa0;» supprimé (ses images restent dans la bibliothèque).</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>Renommer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>le tableau</translation>
    </message>
    <message>
        <source>Add to “{board}”</source>
        <translation>Ajouter à «&#xa0;{board}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to “{board}”.</source>
        <translation>
            <numerusform>%n image ajoutée à «&#xa0;{board}&#xa0;».</numerusform>
            <numerusform>%n images ajoutées à «&#xa0;{board}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>Retirer de «&#xa0;{board}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the trash</source>
        <translation>
            <numerusform>Placer %n image dans la corbeille</numerusform>
            <numerusform>Placer %n images dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash.</source>
        <translation>
            <numerusform>%n image placée dans la corbeille.</numerusform>
            <numerusform>%n images placées dans la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back from the trash (emptied meanwhile?); they show as missing.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être restauré depuis la corbeille (vidée entre-temps&#xa0;?)&#xa0;; il apparaît comme manquant.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être restaurés depuis la corbeille (vidée entre-temps&#xa0;?)&#xa0;; ils apparaissent comme manquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>This change ({command}) could not be saved in the library.</source>
        <translation>Cette modification ({command}) n&apos;a pas pu être enregistrée dans la bibliothèque.</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again with “Open library…” and choose read-write to change it.</source>
        <translation>Cette bibliothèque est ouverte en lecture seule. Ouvrez-la à nouveau avec «&#xa0;Ouvrir une bibliothèque…&#xa0;» et choisissez la lecture-écriture pour la modifier.</translation>
    </message>
    <message>
        <source>The library is busy in another nbp-desktop window or command, so this change was not saved. Try again in a moment.</source>
        <translation>La bibliothèque est occupée par une autre fenêtre ou commande nbp-desktop&#xa0;; cette modification n&apos;a donc pas été enregistrée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This library was written by a newer version of nbp-desktop; update the app to open it.</source>
        <translation>Cette bibliothèque a été écrite par une version plus récente de nbp-desktop&#xa0;; mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The disk holding the library ({folder}) is full, so its database cannot be opened. Free some space, then start the app again. Nothing was changed.</source>
        <translation>Le disque contenant la bibliothèque ({folder}) est plein&#xa0;: sa base de données ne peut donc pas être ouverte. Libérez de l&apos;espace, puis redémarrez l&apos;application. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The library database is locked by another program (a backup or sync tool, or another copy of the app). Close it, then try again. Nothing was changed.</source>
        <translation>La base de données de la bibliothèque est verrouillée par un autre programme (un outil de sauvegarde ou de synchronisation, ou une autre instance de l&apos;application). Fermez-le, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (read-only or permission denied). Use File → Open library… to look at it read-only, or fix the folder&apos;s permissions. Nothing was changed.</source>
        <translation>Impossible d&apos;écrire dans le dossier de la bibliothèque {folder} (lecture seule ou autorisation refusée). Utilisez Fichier → Ouvrir une bibliothèque… pour la consulter en lecture seule, ou corrigez les autorisations du dossier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The library database could not be read from the disk ({error}). Nothing was changed.</source>
        <translation>La base de données de la bibliothèque n&apos;a pas pu être lue sur le disque ({error}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Details lost: this image&apos;s sidecar file could not be read, so only what the image file itself holds is known.</source>
        <translation>Détails perdus&#xa0;: le fichier annexe de cette image n&apos;a pas pu être lu&#xa0;; seules les informations contenues dans le fichier image lui-même sont connues.</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>There is already a board called “{name}”.</source>
        <translation>Il existe déjà un tableau nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>Un tableau doit avoir un nom.</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}. Free some space.</source>
        <translation>Le disque est plein&#xa0;: l&apos;image n&apos;a donc pas pu être enregistrée dans {folder}. Libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (permission denied or read-only).</source>
        <translation>Impossible d&apos;écrire dans le dossier de la bibliothèque {folder} (autorisation refusée ou lecture seule).</translation>
    </message>
    <message>
        <source>The image could not be saved in {folder}.</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée dans {folder}.</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}.</source>
        <translation>Le disque est plein&#xa0;: l&apos;image n&apos;a donc pas pu être enregistrée dans {folder}.</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) is kept in {folder}; Run again saves it into the library without a new request.</source>
        <translation>{failure}. L&apos;image créée par Google (facturée {cost}) est conservée dans {folder}&#xa0;; Relancer l&apos;enregistre dans la bibliothèque sans nouvelle requête.</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) could not be kept anywhere else either.</source>
        <translation>{failure}. L&apos;image créée par Google (facturée {cost}) n&apos;a pas non plus pu être conservée ailleurs.</translation>
    </message>
    <message>
        <source>There is not enough free space for this image in {folder}: about {needed} is needed and {free} is free. Nothing was sent. Free some space, then run the job again.</source>
        <translation>L&apos;espace libre est insuffisant pour cette image dans {folder}&#xa0;: environ {needed} sont nécessaires et {free} sont libres. Rien n&apos;a été envoyé. Libérez de l&apos;espace, puis relancez la tâche.</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <source>Loupe</source>
        <translation>Loupe</translation>
    </message>
    <message>
        <source>Space or Esc closes · ← → previous / next · P X U, 0–5, 6–9 mark</source>
        <translation>Space ou Esc pour fermer · ← → précédente / suivante · P X U, 0–5, 6–9 pour marquer</translation>
    </message>
    <message>
        <source>{caption} — the file is missing or cannot be read</source>
        <translation>{caption} — le fichier est manquant ou illisible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Spent today (actual cost from Google&apos;s token counts)</source>
        <translation>Dépensé aujourd&apos;hui (coût réel d&apos;après le décompte de jetons de Google)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>Exporter ce qui est affiché&#xa0;: l&apos;image à l&apos;écran ou la sélection de la Bibliothèque</translation>
    </message>
    <message>
        <source>Show library folder</source>
        <translation>Afficher le dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Look at another library folder (a copy, a shared drive, a USB stick)</source>
        <translation>Consulter un autre dossier de bibliothèque (une copie, un lecteur partagé, une clé USB)</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>Revenir à ma bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Paste reference image</source>
        <translation>Coller l&apos;image de référence</translation>
    </message>
    <message>
        <source>Add the image on the clipboard as a reference</source>
        <translation>Ajouter l&apos;image du presse-papiers comme référence</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>Copier le prompt</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>Copier le prompt de l&apos;image affichée</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy the shown image to the clipboard, in the drag preset</source>
        <translation>Copier l&apos;image affichée dans le presse-papiers, avec le paramètre prédéfini de glisser-déposer</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>Utiliser le prompt</translation>
    </message>
    <message>
        <source>Put only the shown image&apos;s prompt in the compose pane</source>
        <translation>Placer uniquement le prompt de l&apos;image affichée dans le panneau Composer</translation>
    </message>
    <message>
        <source>Find in library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Hide side panels</source>
        <translation>Masquer les panneaux latéraux</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>File d&apos;a&amp;ttente</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Réduire/agrandir</translation>
    </message>
    <message>
        <source>Generate (the image)</source>
        <translation>Générer (l&apos;image)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Add a connection first (File → Settings).</source>
        <translation>Ajoutez d&apos;abord une connexion (Fichier → Paramètres).</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Rédigez d&apos;abord un prompt.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}” (the queue is paused).</source>
        <translation>
            <numerusform>%n tâche ajoutée à la file avec «&#xa0;{connection}&#xa0;» (la file d&apos;attente est en pause).</numerusform>
            <numerusform>%n tâches ajoutées à la file avec «&#xa0;{connection}&#xa0;» (la file d&apos;attente est en pause).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}”.</source>
        <translation>
            <numerusform>%n tâche ajoutée à la file avec «&#xa0;{connection}&#xa0;».</numerusform>
            <numerusform>%n tâches ajoutées à la file avec «&#xa0;{connection}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt copied.</source>
        <translation>Prompt copié.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Generate, review and hand off images made with Google&apos;s Gemini image models.</source>
        <translation>Générez, examinez et transmettez des images créées avec les modèles d&apos;image Gemini de Google.</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>Bibliothèque&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Today {spent} of {cap}</source>
        <translation>Aujourd&apos;hui&#xa0;: {spent} sur {cap}</translation>
    </message>
    <message>
        <source>Today {spent}</source>
        <translation>Aujourd&apos;hui&#xa0;: {spent}</translation>
    </message>
    <message>
        <source>Spent today, including {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>Dépensé aujourd&apos;hui, dont {possible} que Google a peut-être facturés pour des tâches interrompues en cours d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <source>Something unexpected went wrong. Your images are safe; the details below help us fix it.</source>
        <translation>Un problème inattendu est survenu. Vos images sont en sécurité&#xa0;; les détails ci-dessous nous aideront à le corriger.</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>{model} · retired {date}</source>
        <translation>{model} · retiré ({date})</translation>
    </message>
    <message>
        <source>{model} · deprecated {date}</source>
        <translation>{model} · obsolète ({date})</translation>
    </message>
    <message>
        <source>{model} · PDF, video refs</source>
        <translation>{model} · réf. PDF, vidéo</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images, PDFs and videos as references.</source>
        <translation>{model}&#xa0;: {sizes}&#xa0;; accepte des images, des PDF et des vidéos comme références.</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images as references.</source>
        <translation>{model}&#xa0;: {sizes}&#xa0;; accepte des images comme références.</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>not billed</source>
        <translation>non facturé</translation>
    </message>
    <message>
        <source>may have been billed</source>
        <translation>peut-être facturé</translation>
    </message>
    <message>
        <source>{free} (demo: would be {cost} on Google)</source>
        <translation>{free} (démo&#xa0;: coûterait {cost} chez Google)</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>Coût&#xa0;: {cost}</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>Coût estimé&#xa0;: {cost}</translation>
    </message>
    <message>
        <source>Google did not charge for this request.</source>
        <translation>Google n&apos;a pas facturé cette requête.</translation>
    </message>
    <message>
        <source>Google may have charged up to about {cost}: the request reached the model before it failed.</source>
        <translation>Google a peut-être facturé jusqu&apos;à environ {cost}&#xa0;: la requête a atteint le modèle avant d&apos;échouer.</translation>
    </message>
    <message>
        <source>Demo: would be {cost} on Google.</source>
        <translation>Démo&#xa0;: coûterait {cost} chez Google.</translation>
    </message>
    <message>
        <source>Charged by Google (from its token counts).</source>
        <translation>Facturé par Google (d&apos;après ses décomptes de jetons).</translation>
    </message>
    <message>
        <source>Estimated before sending.</source>
        <translation>Estimé avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>free in the demo (would be {cost} on Google)</source>
        <translation>gratuit en démo (coûterait {cost} chez Google)</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>environ {cost}</translation>
    </message>
</context>
<context>
    <name>PausedBanner</name>
    <message>
        <source>Why the queue waits</source>
        <translation>Raison de l&apos;attente de la file</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation>La file d&apos;attente est en pause.</translation>
    </message>
    <message>
        <source>Jobs for “{connection}” wait for its daily quota to reset (in {wait}).</source>
        <translation>Les tâches de «&#xa0;{connection}&#xa0;» attendent la réinitialisation de son quota journalier (dans {wait}).</translation>
    </message>
    <message>
        <source>Paused: {reasons}</source>
        <translation>En pause&#xa0;: {reasons}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Compared image</source>
        <translation>Image comparée</translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation>Réponse du modèle</translation>
    </message>
    <message>
        <source>Image facts</source>
        <translation>Informations sur l&apos;image</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Every fact about the file: tokens, timings, seed, location</source>
        <translation>Toutes les informations sur le fichier&#xa0;: jetons, durées, seed, emplacement</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>Ajuster l&apos;image à la vue</translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation>Pixels réels</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>Modifier cette image…</translation>
    </message>
    <message>
        <source>Ask for changes to this image</source>
        <translation>Demander des modifications de cette image</translation>
    </message>
    <message>
        <source>Re-render</source>
        <translation>Nouveau rendu</translation>
    </message>
    <message>
        <source>The same picture again at a larger size</source>
        <translation>La même image, en plus grand</translation>
    </message>
    <message>
        <source>at {size}</source>
        <translation>en {size}</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Utiliser ces réglages</translation>
    </message>
    <message>
        <source>Put this image&apos;s prompt and settings in the compose pane</source>
        <translation>Placer le prompt et les réglages de cette image dans le panneau Composer</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <source>Open in the system&apos;s image viewer</source>
        <translation>Ouvrir dans la visionneuse d&apos;images du système</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>Afficher le fichier dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show the previous image side by side</source>
        <translation>Afficher l&apos;image précédente côte à côte</translation>
    </message>
    <message>
        <source>Fit {percent} %</source>
        <translation>Ajuster {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>The file {name} is missing or cannot be read.</source>
        <translation>Le fichier {name} est absent ou illisible.</translation>
    </message>
    <message>
        <source>{file} (labelled PNG by Google)</source>
        <translation>{file} (indiqué comme PNG par Google)</translation>
    </message>
    <message>
        <source>{prompt} in, {output} out, {thinking} thinking</source>
        <translation>{prompt} en entrée, {output} en sortie, {thinking} de réflexion</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>attente</translation>
    </message>
    <message>
        <source>download</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>décodage</translation>
    </message>
    <message>
        <source>save</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Réponse de</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>at {size} — {price}</source>
        <translation>en {size} — {price}</translation>
    </message>
    <message>
        <source>This image is already at the largest size (4K)</source>
        <translation>Cette image est déjà à la taille maximale (4K)</translation>
    </message>
    <message>
        <source>The same picture again at a larger size; the price is shown before anything is sent</source>
        <translation>La même image, en plus grand&#xa0;; le prix s&apos;affiche avant tout envoi</translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <source>made by a generative AI model</source>
        <translation>créée par un modèle d&apos;IA générative</translation>
    </message>
    <message>
        <source>a composite including AI-generated parts</source>
        <translation>un composite incluant des parties générées par IA</translation>
    </message>
    <message>
        <source>made by an algorithm</source>
        <translation>créée par un algorithme</translation>
    </message>
    <message>
        <source>a camera capture</source>
        <translation>une prise de vue d&apos;appareil photo</translation>
    </message>
    <message>
        <source>made with digital tools</source>
        <translation>créée avec des outils numériques</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>redimensionnement</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>réglage des couleurs</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>réencodage</translation>
    </message>
    <message>
        <source>converted to another format</source>
        <translation>conversion dans un autre format</translation>
    </message>
    <message>
        <source>metadata edited</source>
        <translation>modification des métadonnées</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>placement</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>recadrage</translation>
    </message>
    <message>
        <source>No Content Credentials.</source>
        <translation>Aucun Identifiant de contenu.</translation>
    </message>
    <message>
        <source>Damaged Content Credentials: the manifest in this file cannot be read.</source>
        <translation>Identifiants de contenu endommagés&#xa0;: le manifeste de ce fichier est illisible.</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>un signataire inconnu</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is on this computer&apos;s trust list.</source>
        <translation>Signé par {signer}&#xa0;; le certificat figure dans la liste de confiance de cet ordinateur.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the picture was changed after signing: the signature no longer matches the pixels.</source>
        <translation>Signé par {signer}, mais l&apos;image a été modifiée après la signature&#xa0;: la signature ne correspond plus aux pixels.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signing certificate had expired.</source>
        <translation>Signé par {signer}, mais le certificat de signature avait expiré.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signature is not valid ({problems}).</source>
        <translation>Signé par {signer}, mais la signature n&apos;est pas valide ({problems}).</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is not on this computer&apos;s trust list.</source>
        <translation>Signé par {signer}&#xa0;; le certificat ne figure pas dans la liste de confiance de cet ordinateur.</translation>
    </message>
    <message>
        <source>{title} (signed by {signer})</source>
        <translation>{title} (signé par {signer})</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>une version antérieure</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>damaged Content Credentials (cannot be read)</source>
        <translation>Identifiants de contenu endommagés (illisibles)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Créé avec</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Créé à partir de</translation>
    </message>
    <message>
        <source>Stripping provenance removes Google&apos;s Content Credentials (the signed C2PA manifest that says the image was made by AI), no new credentials are added, and the AI source type and credit lines are left out of the XMP. The Original preset still copies the file byte for byte.</source>
        <translation>Supprimer la provenance retire les Identifiants de contenu de Google (le manifeste C2PA signé qui indique que l&apos;image a été créée par IA), aucun nouvel identifiant n&apos;est ajouté, et le type de source IA ainsi que les lignes de crédit sont omis du XMP. Le paramètre prédéfini Original copie toujours le fichier octet par octet.</translation>
    </message>
    <message>
        <source>No signing certificate was chosen.</source>
        <translation>Aucun certificat de signature n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>The time-stamp server {url} could not be reached or refused the request.</source>
        <translation>Le serveur d&apos;horodatage {url} est injoignable ou a refusé la requête.</translation>
    </message>
    <message>
        <source>The certificate “{signer}” was refused for signing Content Credentials.</source>
        <translation>Le certificat «&#xa0;{signer}&#xa0;» a été refusé pour la signature des Identifiants de contenu.</translation>
    </message>
    <message>
        <source>Content Credentials could not be added to the export.</source>
        <translation>Les Identifiants de contenu n&apos;ont pas pu être ajoutés à l&apos;exportation.</translation>
    </message>
    <message>
        <source>Exports are signed with this computer&apos;s own certificate; Content Credentials viewers will call the signer “unknown”, because no public trust list knows it. Use your own certificate in Settings to be named.</source>
        <translation>Les exportations sont signées avec le certificat propre à cet ordinateur&#xa0;; les visionneuses d&apos;Identifiants de contenu désigneront le signataire comme «&#xa0;inconnu&#xa0;», car aucune liste de confiance publique ne le connaît. Utilisez votre propre certificat dans les Paramètres pour être nommé.</translation>
    </message>
    <message>
        <source>The signing certificate file {name} cannot be read.</source>
        <translation>Impossible de lire le fichier de certificat de signature {name}.</translation>
    </message>
    <message>
        <source>{name} holds no certificate; it needs the certificate chain and the private key.</source>
        <translation>{name} ne contient aucun certificat&#xa0;; il lui faut la chaîne de certificats et la clé privée.</translation>
    </message>
    <message>
        <source>{name} holds no private key; put the key in the same file as the certificate chain.</source>
        <translation>{name} ne contient aucune clé privée&#xa0;; placez la clé dans le même fichier que la chaîne de certificats.</translation>
    </message>
    <message>
        <source>The private key in {name} is protected by a password; enter it in Settings.</source>
        <translation>La clé privée de {name} est protégée par un mot de passe&#xa0;; saisissez-le dans les Paramètres.</translation>
    </message>
    <message>
        <source>{name} must hold both a certificate and its private key.</source>
        <translation>{name} doit contenir à la fois un certificat et sa clé privée.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; enter it in Settings.</source>
        <translation>{name} est protégé par un mot de passe&#xa0;; saisissez-le dans les Paramètres.</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>Le mot de passe de {name} est incorrect.</translation>
    </message>
    <message>
        <source>{name} is not a certificate file (PEM or PKCS#12) this app can read.</source>
        <translation>{name} n&apos;est pas un fichier de certificat (PEM ou PKCS#12) lisible par cette application.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} expired on {date}.</source>
        <translation>Le certificat «&#xa0;{who}&#xa0;» de {name} a expiré le {date}.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not valid before {date}.</source>
        <translation>Le certificat «&#xa0;{who}&#xa0;» de {name} n&apos;est pas valide avant le {date}.</translation>
    </message>
    <message>
        <source>The key in {name} is of a kind Content Credentials cannot sign with (use EC, RSA or Ed25519).</source>
        <translation>La clé de {name} est d&apos;un type avec lequel les Identifiants de contenu ne peuvent pas signer (utilisez EC, RSA ou Ed25519).</translation>
    </message>
    <message>
        <source>The private key in {name} does not belong to the certificate “{who}”.</source>
        <translation>La clé privée de {name} n&apos;appartient pas au certificat «&#xa0;{who}&#xa0;».</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not a signing certificate: it is not allowed to sign documents (Content Credentials need one issued for document or e-mail signing).</source>
        <translation>Le certificat «&#xa0;{who}&#xa0;» de {name} n&apos;est pas un certificat de signature&#xa0;: il n&apos;est pas autorisé à signer des documents (les Identifiants de contenu en exigent un émis pour la signature de documents ou d&apos;e-mails).</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is self-signed; Content Credentials need one issued by a certificate authority (include its chain in the file).</source>
        <translation>Le certificat «&#xa0;{who}&#xa0;» de {name} est auto-signé&#xa0;; les Identifiants de contenu en exigent un émis par une autorité de certification (incluez sa chaîne dans le fichier).</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Interrupted — may have been billed</source>
        <translation>Interrompue — peut-être facturée</translation>
    </message>
    <message>
        <source>Re-render at {size}</source>
        <translation>Nouveau rendu en {size}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Waiting for the daily quota to reset (in {wait})</source>
        <translation>En attente de la réinitialisation du quota journalier (dans {wait})</translation>
    </message>
    <message>
        <source>Queued (queue paused)</source>
        <translation>En attente (file en pause)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>Actions de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout suspendre</translation>
    </message>
    <message>
        <source>Pause the queue (running jobs finish)</source>
        <translation>Suspendre la file d&apos;attente (les tâches en cours se terminent)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>Annuler les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Run failed, canceled or interrupted jobs again</source>
        <translation>Relancer les tâches en échec, annulées ou interrompues</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected queued job up</source>
        <translation>Monter la tâche en attente sélectionnée</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected queued job down</source>
        <translation>Descendre la tâche en attente sélectionnée</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <source>Remove finished jobs (images stay)</source>
        <translation>Retirer les tâches terminées (les images restent)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Google&apos;s message…</source>
        <translation>Message de Google…</translation>
    </message>
    <message>
        <source>Show the service&apos;s own words for this failure</source>
        <translation>Afficher le message exact du service pour cet échec</translation>
    </message>
    <message>
        <source>checking the library…</source>
        <translation>vérification de la bibliothèque…</translation>
    </message>
    <message>
        <source>{message}  Google&apos;s reason: {reason}</source>
        <translation>{message}  Raison donnée par Google&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Google&apos;s message</source>
        <translation>Message de Google</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Resume the queue</source>
        <translation>Reprendre la file d&apos;attente</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>Afficher l&apos;image</translation>
    </message>
    <message>
        <source>Copy error message</source>
        <translation>Copier le message d&apos;erreur</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Retirer de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Google&apos;s message: {message}</source>
        <translation>Message de Google&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Error message copied.</source>
        <translation>Message d&apos;erreur copié.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue; their images stay in the library.</source>
        <translation>
            <numerusform>%n tâche retirée de la file d&apos;attente&#xa0;; ses images restent dans la bibliothèque.</numerusform>
            <numerusform>%n tâches retirées de la file d&apos;attente&#xa0;; leurs images restent dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue resumed.</source>
        <translation>File d&apos;attente reprise.</translation>
    </message>
    <message>
        <source>Queue paused; running jobs finish, nothing new starts.</source>
        <translation>File d&apos;attente en pause&#xa0;; les tâches en cours se terminent, aucune nouvelle ne démarre.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished job(s); their images stay in the library.</source>
        <translation>
            <numerusform>%n tâche terminée effacée&#xa0;; ses images restent dans la bibliothèque.</numerusform>
            <numerusform>%n tâches terminées effacées&#xa0;; leurs images restent dans la bibliothèque.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallDrops</name>
    <message>
        <source>Settings recalled from the dropped image.</source>
        <translation>Réglages récupérés depuis l&apos;image déposée.</translation>
    </message>
    <message>
        <source>Not made by this app, so it was added as a reference image.</source>
        <translation>Image non créée par cette application&#xa0;: elle a été ajoutée comme image de référence.</translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message>
        <source>The library database was empty (0 bytes).</source>
        <translation>La base de données de la bibliothèque était vide (0 octet).</translation>
    </message>
    <message>
        <source>The library database could not be read.</source>
        <translation>La base de données de la bibliothèque n&apos;a pas pu être lue.</translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and restored from the backup of {when}; jobs, ratings, boards and spend history are as they were then, and %n images made since were added from their files.</source>
        <translation>
            <numerusform>{problem} Elle a été mise de côté sous le nom {name} et restaurée à partir de la sauvegarde du {when}&#xa0;; les tâches, les notes, les tableaux et l&apos;historique des dépenses sont tels qu&apos;ils étaient alors, et %n image créée depuis a été ajoutée à partir de son fichier.</numerusform>
            <numerusform>{problem} Elle a été mise de côté sous le nom {name} et restaurée à partir de la sauvegarde du {when}&#xa0;; les tâches, les notes, les tableaux et l&apos;historique des dépenses sont tels qu&apos;ils étaient alors, et %n images créées depuis ont été ajoutées à partir de leurs fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and the library was rebuilt from the image files (%n images found); there was no backup, so ratings, boards and spend history could not be recovered.</source>
        <translation>
            <numerusform>{problem} Elle a été mise de côté sous le nom {name} et la bibliothèque a été reconstruite à partir des fichiers image (%n image trouvée)&#xa0;; comme il n&apos;y avait pas de sauvegarde, les notes, les tableaux et l&apos;historique des dépenses n&apos;ont pas pu être récupérés.</numerusform>
            <numerusform>{problem} Elle a été mise de côté sous le nom {name} et la bibliothèque a été reconstruite à partir des fichiers image (%n images trouvées)&#xa0;; comme il n&apos;y avait pas de sauvegarde, les notes, les tableaux et l&apos;historique des dépenses n&apos;ont pas pu être récupérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library database could not be read, so the library is shown from its image files (%n images found); ratings and boards are not available.</source>
        <translation>
            <numerusform>La base de données de la bibliothèque n&apos;a pas pu être lue&#xa0;: la bibliothèque est donc affichée à partir de ses fichiers image (%n image trouvée)&#xa0;; les notes et les tableaux ne sont pas disponibles.</numerusform>
            <numerusform>La base de données de la bibliothèque n&apos;a pas pu être lue&#xa0;: la bibliothèque est donc affichée à partir de ses fichiers image (%n images trouvées)&#xa0;; les notes et les tableaux ne sont pas disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when the app stopped and may have been billed. They are marked in the queue; run them again if you still want them.</source>
        <translation>
            <numerusform>%n tâche a été interrompue à l&apos;arrêt de l&apos;application et a peut-être été facturée. Elle est signalée dans la file d&apos;attente&#xa0;; relancez-la si vous en avez toujours besoin.</numerusform>
            <numerusform>%n tâches ont été interrompues à l&apos;arrêt de l&apos;application et ont peut-être été facturées. Elles sont signalées dans la file d&apos;attente&#xa0;; relancez-les si vous en avez toujours besoin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) that had finished while the app stopped were saved.</source>
        <translation>
            <numerusform>%n tâche terminée pendant l&apos;arrêt de l&apos;application a été enregistrée.</numerusform>
            <numerusform>%n tâches terminées pendant l&apos;arrêt de l&apos;application ont été enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is not an nbp-desktop library: it has neither {database} nor a “{folder}” folder.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas une bibliothèque nbp-desktop&#xa0;: elle ne contient ni {database} ni dossier «&#xa0;{folder}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>Reference images</source>
        <translation>Images de référence</translation>
    </message>
    <message>
        <source>Reference images: drop files here, paste with {keys}, drag to reorder, Delete removes</source>
        <translation>Images de référence&#xa0;: déposez des fichiers ici, collez avec {keys}, faites glisser pour réorganiser, Delete supprime</translation>
    </message>
    <message>
        <source>Drop reference images here
or paste with {keys}</source>
        <translation>Déposez des images de référence ici
ou collez avec {keys}</translation>
    </message>
    <message numerus="yes">
        <source>This model takes at most %n reference images.</source>
        <translation>
            <numerusform>Ce modèle accepte au plus %n image de référence.</numerusform>
            <numerusform>Ce modèle accepte au plus %n images de référence.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountDrop</name>
    <message>
        <source>Drop the service-account JSON file here</source>
        <translation>Déposez ici le fichier JSON du compte de service</translation>
    </message>
    <message>
        <source>Service-account file drop area</source>
        <translation>Zone de dépôt du fichier de compte de service</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Queue &amp;&amp; budget</source>
        <translation>File d&apos;attente &amp;&amp; budget</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available.&lt;/b&gt; Secrets cannot be stored safely, so connections cannot be added. On Linux, install and unlock GNOME Keyring or KWallet (Secret Service).</source>
        <translation>&lt;b&gt;Aucun trousseau système n&apos;est disponible.&lt;/b&gt; Les secrets ne peuvent pas être stockés en sécurité&#xa0;: il est donc impossible d&apos;ajouter des connexions. Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet (Secret Service).</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain ({backend}), never in a settings file.</source>
        <translation>Les clés sont stockées dans le trousseau système ({backend}), jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through one connection</source>
        <translation>Tâches envoyées simultanément via une connexion</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Requests per minute per connection, kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>Requêtes par minute et par connexion, contrôlées de notre côté pour ne pas atteindre les limites de débit de Google</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>aucun plafond</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>Jobs at once per connection</source>
        <translation>Tâches simultanées par connexion</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Requêtes par minute</translation>
    </message>
    <message>
        <source>A connection can have limits of its own (Connections → Edit). Changes apply at once.</source>
        <translation>Une connexion peut avoir ses propres limites (Connexions → Modifier). Les modifications s&apos;appliquent immédiatement.</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>Plafond de budget</translation>
    </message>
    <message>
        <source>When the cap is reached the queue pauses; nothing is lost.</source>
        <translation>Lorsque le plafond est atteint, la file d&apos;attente se met en pause&#xa0;; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout for {size}</source>
        <translation>Délai d&apos;expiration pour {size}</translation>
    </message>
    <message>
        <source>Tries per job when Google is overloaded or the network drops</source>
        <translation>Tentatives par tâche lorsque Google est surchargé ou que le réseau est coupé</translation>
    </message>
    <message>
        <source>from the system (HTTPS_PROXY)</source>
        <translation>celui du système (HTTPS_PROXY)</translation>
    </message>
    <message>
        <source>none (system certificates)</source>
        <translation>aucun (certificats du système)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Use HTTP/2 where the server offers it</source>
        <translation>Utiliser HTTP/2 lorsque le serveur le propose</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Certificat d&apos;autorité supplémentaire</translation>
    </message>
    <message>
        <source>Proxy, certificate and HTTP/2 changes apply after a restart.</source>
        <translation>Les modifications du proxy, du certificat et de HTTP/2 s&apos;appliquent après un redémarrage.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Afficher dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>To use another library folder, start the app with --data-dir FOLDER (or set NBP_DATA_DIR).</source>
        <translation>Pour utiliser un autre dossier de bibliothèque, démarrez l&apos;application avec --data-dir DOSSIER (ou définissez NBP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Log event-loop stalls (for troubleshooting)</source>
        <translation>Journaliser les blocages de la boucle d&apos;événements (dépannage)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>{jobs} at once, {requests}/min</source>
        <translation>{jobs} simultanées, {requests}/min</translation>
    </message>
    <message>
        <source>{jobs} at once</source>
        <translation>{jobs} simultanées</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove “{name}” and delete its key from the keychain?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» et effacer sa clé du trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>Testing “{name}”…</source>
        <translation>Test de «&#xa0;{name}&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>the queue&apos;s setting</source>
        <translation>le réglage de la file d&apos;attente</translation>
    </message>
    <message>
        <source>that connection is left out</source>
        <translation>cette connexion est ignorée</translation>
    </message>
    <message>
        <source>a list of export presets</source>
        <translation>une liste de paramètres prédéfinis d&apos;exportation</translation>
    </message>
    <message>
        <source>the built-in presets</source>
        <translation>les paramètres prédéfinis intégrés</translation>
    </message>
    <message>
        <source>a new one (keys stored under the old one must be entered again)</source>
        <translation>une nouvelle valeur (les clés enregistrées sous l&apos;ancienne doivent être saisies à nouveau)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>There is no connection named “{name}” (connections: {known}).</source>
        <translation>Il n&apos;existe aucune connexion nommée «&#xa0;{name}&#xa0;» (connexions&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>Settings: &quot;connections&quot; must be a list of connections; using none.</source>
        <translation>Paramètres&#xa0;: &quot;connections&quot; doit être une liste de connexions&#xa0;; aucune n&apos;est utilisée.</translation>
    </message>
    <message>
        <source>that preset is left out</source>
        <translation>ce paramètre prédéfini est ignoré</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}).</source>
        <translation>Impossible de lire le fichier de paramètres {path} ({reason}).</translation>
    </message>
    <message>
        <source>Settings: the file is not text (UTF-8); using the default settings.</source>
        <translation>Paramètres&#xa0;: le fichier n&apos;est pas du texte (UTF-8)&#xa0;; les paramètres par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>Settings: the file is not valid JSON (line {line}, column {column}); using the default settings.</source>
        <translation>Paramètres&#xa0;: le fichier n&apos;est pas un JSON valide (ligne {line}, colonne {column})&#xa0;; les paramètres par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>Settings: the file must hold one JSON object; using the default settings.</source>
        <translation>Paramètres&#xa0;: le fichier doit contenir un seul objet JSON&#xa0;; les paramètres par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>Settings: the file could not be corrected ({reason}); it is left as it is.</source>
        <translation>Paramètres&#xa0;: le fichier n&apos;a pas pu être corrigé ({reason})&#xa0;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>Settings: the original file is kept as {name}.</source>
        <translation>Paramètres&#xa0;: le fichier d&apos;origine est conservé sous le nom {name}.</translation>
    </message>
    <message>
        <source>These settings were written by a newer version of nbp-desktop; update the app before changing them.</source>
        <translation>Ces paramètres ont été écrits par une version plus récente de nbp-desktop&#xa0;; mettez à jour l&apos;application avant de les modifier.</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un nombre de {low} à {high}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a name (text that is not empty)</source>
        <translation>un nom (texte non vide)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; using {fallback}.</source>
        <translation>Paramètres&#xa0;: &quot;{path}&quot; doit être {rule}&#xa0;; valeur utilisée&#xa0;: {fallback}.</translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation>cet élément est ignoré</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; {left_out}.</source>
        <translation>Paramètres&#xa0;: &quot;{path}&quot; doit être un groupe de paramètres&#xa0;; {left_out}.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; using its defaults.</source>
        <translation>Paramètres&#xa0;: &quot;{path}&quot; doit être un groupe de paramètres&#xa0;; ses valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; {left_out}.</source>
        <translation>Paramètres&#xa0;: &quot;{path}&quot; doit être {rule}&#xa0;; {left_out}.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; has no &quot;{field}&quot;; {left_out}.</source>
        <translation>Paramètres&#xa0;: &quot;{path}&quot; n&apos;a pas de &quot;{field}&quot;&#xa0;; {left_out}.</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import prompt sheet</source>
        <translation>Importer une feuille de prompts</translation>
    </message>
    <message>
        <source>No sheet chosen.</source>
        <translation>Aucune feuille choisie.</translation>
    </message>
    <message>
        <source>Choose sheet…</source>
        <translation>Choisir une feuille…</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <source>Use rows copied from a spreadsheet (the first row is the header)</source>
        <translation>Utiliser des lignes copiées depuis un tableur (la première ligne est l&apos;en-tête)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Batch at half price (Google runs it within 24 h)</source>
        <translation>Lot à moitié prix (Google l&apos;exécute sous 24 h)</translation>
    </message>
    <message>
        <source>Interactive (the queue, full price)</source>
        <translation>Interactif (la file d&apos;attente, plein tarif)</translation>
    </message>
    <message>
        <source>Run as</source>
        <translation>Exécuter en</translation>
    </message>
    <message>
        <source>Cloud Storage bucket</source>
        <translation>Bucket Cloud Storage</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and send the rest</source>
        <translation>Ignorer les lignes qui posent problème et envoyer le reste</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Choose a prompt sheet</source>
        <translation>Choisir une feuille de prompts</translation>
    </message>
    <message>
        <source>Prompt sheets (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Feuilles de prompts (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Pasted sheet</source>
        <translation>Feuille collée</translation>
    </message>
    <message>
        <source>This sheet cannot be imported:</source>
        <translation>Cette feuille ne peut pas être importée&#xa0;:</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>valeur par défaut du modèle</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of {total} rows. %n row(s) with problems:</source>
        <translation>
            <numerusform>Affichage des {shown} premières lignes sur {total}. %n ligne pose problème&#xa0;:</numerusform>
            <numerusform>Affichage des {shown} premières lignes sur {total}. %n lignes posent problème&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows. Every row is valid.</source>
        <translation>Affichage des {shown} premières lignes sur {total}. Toutes les lignes sont valides.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems:</source>
        <translation>
            <numerusform>%n ligne pose problème&#xa0;:</numerusform>
            <numerusform>%n lignes posent problème&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Toutes les lignes sont valides.</translation>
    </message>
    <message>
        <source>{kind} has no batch mode; this sheet can only run through the queue at the interactive price.</source>
        <translation>{kind} n&apos;a pas de mode lot&#xa0;; cette feuille ne peut passer que par la file d&apos;attente, au tarif interactif.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): {batch} at batch price · {interactive} interactive</source>
        <translation>
            <numerusform>%n image&#xa0;: {batch} au tarif lot · {interactive} en interactif</numerusform>
            <numerusform>%n images&#xa0;: {batch} au tarif lot · {interactive} en interactif</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket Vertex reads the requests from and writes the results to; the service account needs Storage Object Admin on it.</source>
        <translation>Indiquez le bucket Cloud Storage dans lequel Vertex lit les requêtes et écrit les résultats&#xa0;; le compte de service doit y disposer du rôle Administrateur des objets Storage (Storage Object Admin).</translation>
    </message>
</context>
<context>
    <name>ShortcutText</name>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Compose pane</source>
        <translation>Panneau Composer</translation>
    </message>
    <message>
        <source>“Edit this image” box</source>
        <translation>Zone «&#xa0;Modifier cette image&#xa0;»</translation>
    </message>
    <message>
        <source>The image (Generate tab)</source>
        <translation>L&apos;image (onglet Générer)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Library grid</source>
        <translation>Grille de la Bibliothèque</translation>
    </message>
    <message>
        <source>The image or the Library grid</source>
        <translation>L&apos;image ou la grille de la Bibliothèque</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>Queue the generation</source>
        <translation>Ajouter la génération à la file</translation>
    </message>
    <message>
        <source>Queue the edit</source>
        <translation>Ajouter la modification à la file</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>Exporter ce qui est affiché&#xa0;: l&apos;image à l&apos;écran ou la sélection de la Bibliothèque</translation>
    </message>
    <message>
        <source>Open another library</source>
        <translation>Ouvrir une autre bibliothèque</translation>
    </message>
    <message>
        <source>Import a prompt sheet (batch or queue)</source>
        <translation>Importer une feuille de prompts (lot ou file d&apos;attente)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Undo the last change to the library</source>
        <translation>Annuler la dernière modification de la bibliothèque</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
    </message>
    <message>
        <source>Paste a reference image</source>
        <translation>Coller une image de référence</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>Copier le prompt de l&apos;image affichée</translation>
    </message>
    <message>
        <source>Copy the shown image (in the drag preset)</source>
        <translation>Copier l&apos;image affichée (avec le paramètre prédéfini de glisser-déposer)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>Ajuster l&apos;image à la vue</translation>
    </message>
    <message>
        <source>Actual pixels (100%)</source>
        <translation>Pixels réels (100&#xa0;%)</translation>
    </message>
    <message>
        <source>Zoom in (or the wheel)</source>
        <translation>Zoom avant (ou molette)</translation>
    </message>
    <message>
        <source>Zoom out (or the wheel)</source>
        <translation>Zoom arrière (ou molette)</translation>
    </message>
    <message>
        <source>Go to the prompt</source>
        <translation>Aller au prompt</translation>
    </message>
    <message>
        <source>Go to the image (Generate tab)</source>
        <translation>Aller à l&apos;image (onglet Générer)</translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation>Aller à la Bibliothèque</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Aller à la file d&apos;attente</translation>
    </message>
    <message>
        <source>Minimize the window</source>
        <translation>Réduire la fenêtre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>Modifier cette image…</translation>
    </message>
    <message>
        <source>Compare with the previous image</source>
        <translation>Comparer avec l&apos;image précédente</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>Annuler les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Run the selected jobs again</source>
        <translation>Relancer les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Move the selected job up</source>
        <translation>Monter la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected job down</source>
        <translation>Descendre la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Hide the side panels, and show them again</source>
        <translation>Masquer les panneaux latéraux, puis les réafficher</translation>
    </message>
    <message>
        <source>Full screen, and back</source>
        <translation>Plein écran, et retour</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Marquer comme retenue</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Marquer comme rejetée</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Supprimer le marqueur</translation>
    </message>
    <message>
        <source>1 to 5 stars</source>
        <translation>1 à 5 étoiles</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>Aucune étoile</translation>
    </message>
    <message>
        <source>Red, yellow, green, blue label</source>
        <translation>Libellé rouge, jaune, vert, bleu</translation>
    </message>
    <message>
        <source>Loupe at 100%</source>
        <translation>Loupe à 100&#xa0;%</translation>
    </message>
    <message>
        <source>Compare the two selected images</source>
        <translation>Comparer les deux images sélectionnées</translation>
    </message>
    <message>
        <source>Add the selection to the last board</source>
        <translation>Ajouter la sélection au dernier tableau</translation>
    </message>
    <message>
        <source>Move the selection to the trash</source>
        <translation>Placer la sélection dans la corbeille</translation>
    </message>
    <message>
        <source>Open large in the Generate tab</source>
        <translation>Ouvrir en grand dans l&apos;onglet Générer</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SourceStrip</name>
    <message>
        <source>Images to export</source>
        <translation>Images à exporter</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupText</name>
    <message>
        <source>The library folder cannot be opened: {reason}</source>
        <translation>Impossible d&apos;ouvrir le dossier de la bibliothèque&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The library could not be checked: {reason}</source>
        <translation>Impossible de vérifier la bibliothèque&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Demo: images are made locally by the built-in emulator and cost {cost}.</source>
        <translation>Démo&#xa0;: les images sont créées localement par l&apos;émulateur intégré et coûtent {cost}.</translation>
    </message>
</context>
</TS>
